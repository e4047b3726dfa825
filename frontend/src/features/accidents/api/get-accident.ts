import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { accidentKeys } from './keys';
import type { AccidentEvent, VersionedAccident } from './types';

export async function getAccident(client: ApiClient, id: string): Promise<VersionedAccident> {
  const result = await client.GET('/api/v1/accidents/{id}', { params: { path: { id } } });
  return { accident: expectData(result), etag: result.response.headers.get('ETag') };
}

export const accidentQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: accidentKeys.detail(id),
    queryFn: () => getAccident(client, id),
    // 404 means missing or out of scope: asking again will not change that.
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function useAccident(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...accidentQueryOptions(useApiClient(), id), enabled });
}

export async function getAccidentHistory(client: ApiClient, id: string): Promise<AccidentEvent[]> {
  return expectData(await client.GET('/api/v1/accidents/{id}/history', { params: { path: { id } } })).items;
}

export const accidentHistoryQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({ queryKey: accidentKeys.history(id), queryFn: () => getAccidentHistory(client, id) });

export function useAccidentHistory(id: string) {
  return useQuery(accidentHistoryQueryOptions(useApiClient(), id));
}
