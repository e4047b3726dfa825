import type { HazardFilters } from './get-hazards';
import type { StatsFilters } from './get-hazard-stats';

/**
 * Every query key of the hazard feature, from one factory (the first element is what the offline snapshot keeps):
 * a write invalidates `hazardKeys.lists()` or one `detail` without spelling key arrays by hand.
 */
export const hazardKeys = {
  all: ['hazards'] as const,
  lists: () => [...hazardKeys.all, 'list'] as const,
  list: (filters: HazardFilters) => [...hazardKeys.lists(), filters] as const,
  count: (filters: HazardFilters, cap: number) => [...hazardKeys.lists(), 'count', filters, cap] as const,
  detail: (id: string) => [...hazardKeys.all, 'detail', id] as const,
  history: (id: string) => [...hazardKeys.all, 'history', id] as const,
  stats: (filters: StatsFilters) => [...hazardKeys.all, 'stats', filters] as const,
  statutory: (year: number, quarter: number | null) => [...hazardKeys.all, 'statutory', year, quarter] as const,
  scopeEnterprises: () => [...hazardKeys.all, 'scope-enterprises'] as const,
  enterpriseSearch: (q: string) => [...hazardKeys.all, 'enterprise-search', q] as const,
  duplicateSearch: (q: string) => [...hazardKeys.all, 'duplicate-search', q] as const,
  regionSearch: (q: string) => [...hazardKeys.all, 'region-search', q] as const,
  region: (id: string | undefined) => [...hazardKeys.all, 'region', id] as const,
};
