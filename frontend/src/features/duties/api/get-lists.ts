import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { listKeys } from './keys';

type ListLists = paths['/api/v1/responsibility-lists']['get'];
export type ListFilters = Pick<NonNullable<ListLists['parameters']['query']>, 'year' | 'status' | 'holderKind' | 'orgId' | 'holderPostId' | 'lineageId'>;
export type ListPage = ListLists['responses'][200]['content']['application/json'];

const pageSize = 50;

export async function listLists(client: ApiClient, filters: ListFilters, cursor?: string): Promise<ListPage> {
  return expectData(
    await client.GET('/api/v1/responsibility-lists', { params: { query: { ...filters, limit: pageSize, ...(cursor ? { cursor } : {}) } } }),
  );
}

export const listsQueryOptions = (client: ApiClient, filters: ListFilters) =>
  infiniteQueryOptions({
    queryKey: listKeys.list(filters),
    queryFn: ({ pageParam }) => listLists(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useLists(filters: ListFilters) {
  return useInfiniteQuery(listsQueryOptions(useApiClient(), filters));
}
