import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { hazardKeys } from './keys';

type ListQuery = NonNullable<paths['/api/v1/hazards']['get']['parameters']['query']>;
export type HazardPage = paths['/api/v1/hazards']['get']['responses'][200]['content']['application/json'];

/** The list filters a user can set; each one is a query parameter of listHazards. */
export type HazardFilters = Pick<
  ListQuery,
  'state' | 'level' | 'overdue' | 'source' | 'q' | 'enterpriseId' | 'deadlineFrom' | 'deadlineTo' | 'sort' | 'extensionRequested'
>;

const pageSize = 30;

export async function listHazards(client: ApiClient, filters: HazardFilters, cursor?: string, limit = pageSize): Promise<HazardPage> {
  const query: ListQuery = { ...filters, limit };
  if (cursor) query.cursor = cursor;
  return expectData(await client.GET('/api/v1/hazards', { params: { query } }));
}

export const hazardsQueryOptions = (client: ApiClient, filters: HazardFilters) =>
  infiniteQueryOptions({
    queryKey: hazardKeys.list(filters),
    queryFn: ({ pageParam }) => listHazards(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useHazards(filters: HazardFilters) {
  return useInfiniteQuery(hazardsQueryOptions(useApiClient(), filters));
}

/** How many tickets match, up to a cap: the list has no total, and a workbench count needs no more than "50+". */
export const hazardCountQueryOptions = (client: ApiClient, filters: HazardFilters, cap = 50) =>
  queryOptions({
    queryKey: hazardKeys.count(filters, cap),
    queryFn: async () => {
      const page = await listHazards(client, filters, undefined, cap);
      return { count: page.items.length, more: page.nextCursor !== null };
    },
  });

export function useHazardCount(filters: HazardFilters, cap = 50) {
  return useQuery(hazardCountQueryOptions(useApiClient(), filters, cap));
}

/** Tickets by code or title, for picking the original of a duplicate. */
export const duplicateSearchQueryOptions = (client: ApiClient, q: string) =>
  queryOptions({
    queryKey: hazardKeys.duplicateSearch(q),
    queryFn: () => listHazards(client, q ? { q } : {}, undefined, 20),
    staleTime: 30_000,
  });
