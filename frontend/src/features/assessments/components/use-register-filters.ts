import { useUrlFilters } from '@/lib/use-url-filters';
import type { RegisterFilters } from '../api/accountability';
import { accountabilityStatuses, accountabilityTypes, type AccountabilityStatus, type AccountabilityType } from '../api/accountability-types';

const keys = ['type', 'status', 'year', 'targetOrgId'] as const;

/** Reads the register's filters from a query string, dropping unknown kinds and states and a malformed year. */
export function parseRegisterFilters(params: URLSearchParams): RegisterFilters {
  const filters: RegisterFilters = {};
  const type = params.get('type');
  if (type && (accountabilityTypes as readonly string[]).includes(type)) filters.type = type as AccountabilityType;
  const status = params.get('status');
  if (status && (accountabilityStatuses as readonly string[]).includes(status)) filters.status = status as AccountabilityStatus;
  const year = params.get('year');
  if (year && /^\d{4}$/.test(year)) filters.year = year;
  const target = params.get('targetOrgId');
  if (target) filters.targetOrgId = target;
  return filters;
}

export function useRegisterFilters(): [RegisterFilters, (change: Partial<RegisterFilters>) => void] {
  return useUrlFilters(keys, parseRegisterFilters);
}
