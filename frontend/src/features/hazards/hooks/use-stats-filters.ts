import { useUrlFilters } from '@/lib/use-url-filters';
import type { StatsFilters } from '../api/get-hazard-stats';

const date = /^\d{4}-\d{2}-\d{2}$/;
const keys = ['territoryId', 'industry', 'reportedFrom', 'reportedTo'] as const;

/** Reads the dashboard filters from a query string, dropping malformed values. */
export function parseStatsFilters(params: URLSearchParams): StatsFilters {
  const filters: StatsFilters = {};
  const territoryId = params.get('territoryId');
  if (territoryId) filters.territoryId = territoryId;
  const industry = params.get('industry')?.trim();
  if (industry) filters.industry = industry.slice(0, 40);
  for (const key of ['reportedFrom', 'reportedTo'] as const) {
    const value = params.get(key);
    if (value && date.test(value)) filters[key] = value;
  }
  return filters;
}

/** The dashboard filters live in the URL, so a filtered view can be shared and reloaded. */
export function useStatsFilters(): [StatsFilters, (change: Partial<StatsFilters>) => void] {
  return useUrlFilters(keys, parseStatsFilters);
}
