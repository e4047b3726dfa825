import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';

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

export const hazardListKey = ['hazards', 'list'] as const;

export function useHazards(filters: HazardFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: [...hazardListKey, filters],
    queryFn: ({ pageParam }) => listHazards(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** How many tickets match, up to a cap: the list has no total, and a workbench count needs no more than "50+". */
export function useHazardCount(filters: HazardFilters, cap = 50) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...hazardListKey, 'count', filters, cap],
    queryFn: async () => {
      const page = await listHazards(client, filters, undefined, cap);
      return { count: page.items.length, more: page.nextCursor !== null };
    },
  });
}
