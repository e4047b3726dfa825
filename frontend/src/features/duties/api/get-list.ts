import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { listKeys } from './keys';
import type { ListEvent, ResponsibilityList } from './list-types';

/** A list version with the ETag the server sent, sent back as If-Match with an action. */
export interface VersionedList {
  list: ResponsibilityList;
  etag: string | null;
}

export async function getList(client: ApiClient, id: string): Promise<VersionedList> {
  const result = await client.GET('/api/v1/responsibility-lists/{id}', { params: { path: { id } } });
  return { list: expectData(result), etag: result.response.headers.get('ETag') };
}

export const listQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: listKeys.detail(id),
    queryFn: () => getList(client, id),
    // 404 means missing or out of scope: asking again will not change that.
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function useList(id: string) {
  return useQuery(listQueryOptions(useApiClient(), id));
}

export async function getListHistory(client: ApiClient, id: string): Promise<ListEvent[]> {
  return expectData(await client.GET('/api/v1/responsibility-lists/{id}/history', { params: { path: { id } } })).items;
}

export function useListHistory(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: listKeys.history(id), queryFn: () => getListHistory(client, id) });
}
