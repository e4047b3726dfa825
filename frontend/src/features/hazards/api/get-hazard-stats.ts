import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { hazardKeys } from './keys';

export type HazardStats = paths['/api/v1/hazards/stats']['get']['responses'][200]['content']['application/json'];
type StatsQuery = NonNullable<paths['/api/v1/hazards/stats']['get']['parameters']['query']>;

/** The dashboard's filters; each one is a query parameter of getHazardStats. */
export type StatsFilters = Pick<StatsQuery, 'territoryId' | 'industry' | 'reportedFrom' | 'reportedTo'>;

export const hazardStatsQueryOptions = (client: ApiClient, filters: StatsFilters = {}) =>
  queryOptions({
    queryKey: hazardKeys.stats(filters),
    queryFn: async () => expectData(await client.GET('/api/v1/hazards/stats', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });

export function useHazardStats(filters: StatsFilters = {}) {
  return useQuery(hazardStatsQueryOptions(useApiClient(), filters));
}
