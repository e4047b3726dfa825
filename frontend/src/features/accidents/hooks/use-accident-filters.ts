import { useUrlFilters } from '@/lib/use-url-filters';
import type { AccidentFilters } from '../api/get-accidents';
import { accidentLevels, type AccidentLevel } from '../api/types';

const keys = ['year', 'orgId', 'level'] as const;

function isLevel(value: string | null): value is AccidentLevel {
  return value !== null && (accidentLevels as readonly string[]).includes(value);
}

/** Reads the register's filters from a query string, dropping a malformed year or an unknown level. */
export function parseAccidentFilters(params: URLSearchParams): AccidentFilters {
  const filters: AccidentFilters = {};
  const year = params.get('year');
  if (year && /^\d{4}$/.test(year)) filters.year = year;
  const orgId = params.get('orgId');
  if (orgId) filters.orgId = orgId;
  const level = params.get('level');
  if (isLevel(level)) filters.level = level;
  return filters;
}

/** The register's filters live in the URL so a filtered view can be shared, reloaded and navigated back to. */
export function useAccidentFilters(): [AccidentFilters, (change: Partial<AccidentFilters>) => void] {
  return useUrlFilters(keys, parseAccidentFilters);
}
