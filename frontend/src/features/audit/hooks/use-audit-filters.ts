import { useUrlFilters } from '@/lib/use-url-filters';
import type { AuditFilters } from '../api/get-audit';

const date = /^\d{4}-\d{2}-\d{2}$/;
const keys = ['entityType', 'entityId', 'actor', 'from', 'to'] as const;
const limits: Record<(typeof keys)[number], number> = { entityType: 40, entityId: 64, actor: 255, from: 10, to: 10 };

/** Reads the audit filters from a query string, dropping malformed values. */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !date.test(value)) continue;
    filters[key] = value.slice(0, limits[key]);
  }
  return filters;
}

/** The audit filters live in the URL, so a record's page can link to its own audit trail. */
export function useAuditFilters(): [AuditFilters, (change: Partial<AuditFilters>) => void] {
  return useUrlFilters(keys, parseAuditFilters);
}
