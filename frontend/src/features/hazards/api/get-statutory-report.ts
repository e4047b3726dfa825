import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { hazardKeys } from './keys';

export type StatutoryReport = paths['/api/v1/hazards/statutory-report']['get']['responses'][200]['content']['application/json'];

/** A quarter (1–4) or, without one, the year. */
export interface StatutoryPeriod {
  year: number;
  quarter?: number;
}

export const statutoryReportQueryOptions = (client: ApiClient, { year, quarter }: StatutoryPeriod) =>
  infiniteQueryOptions({
    queryKey: hazardKeys.statutory(year, quarter ?? null),
    queryFn: async ({ pageParam }) => {
      const query = { year, limit: 50, ...(quarter ? { quarter } : {}), ...(pageParam ? { cursor: pageParam } : {}) };
      return expectData(await client.GET('/api/v1/hazards/statutory-report', { params: { query } }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useStatutoryReport(period: StatutoryPeriod) {
  return useInfiniteQuery(statutoryReportQueryOptions(useApiClient(), period));
}
