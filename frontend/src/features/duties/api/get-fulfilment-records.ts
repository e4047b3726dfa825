import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { recordKeys } from './keys';

type ListRecords = paths['/api/v1/fulfilment-records']['get'];
export type RecordFilters = Pick<NonNullable<ListRecords['parameters']['query']>, 'state' | 'listId' | 'dutyItemId' | 'orgId' | 'periodKey'>;
export type RecordPage = ListRecords['responses'][200]['content']['application/json'];

const pageSize = 50;

export async function listRecords(client: ApiClient, filters: RecordFilters, cursor?: string): Promise<RecordPage> {
  return expectData(
    await client.GET('/api/v1/fulfilment-records', { params: { query: { ...filters, limit: pageSize, ...(cursor ? { cursor } : {}) } } }),
  );
}

/** Records in the caller's scope, newest first, a page at a time. */
export const recordsQueryOptions = (client: ApiClient, filters: RecordFilters) =>
  infiniteQueryOptions({
    queryKey: recordKeys.list(filters),
    queryFn: ({ pageParam }) => listRecords(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useRecords(filters: RecordFilters, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...recordsQueryOptions(useApiClient(), filters), ...options });
}
