import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { recordKeys } from './keys';
import type { FulfilmentRecord } from './record-fulfilment';

export type FulfilmentEvent = components['schemas']['FulfilmentEvent'];

/** A record with the ETag the server sent, sent back as If-Match with an action. */
export interface VersionedRecord {
  record: FulfilmentRecord;
  etag: string | null;
}

export async function getRecord(client: ApiClient, id: string): Promise<VersionedRecord> {
  const result = await client.GET('/api/v1/fulfilment-records/{id}', { params: { path: { id } } });
  return { record: expectData(result), etag: result.response.headers.get('ETag') };
}

export const recordQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: recordKeys.detail(id),
    queryFn: () => getRecord(client, id),
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function useRecord(id: string) {
  return useQuery(recordQueryOptions(useApiClient(), id));
}

export async function getRecordHistory(client: ApiClient, id: string): Promise<FulfilmentEvent[]> {
  return expectData(await client.GET('/api/v1/fulfilment-records/{id}/history', { params: { path: { id } } })).items;
}

export const recordHistoryQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({ queryKey: recordKeys.history(id), queryFn: () => getRecordHistory(client, id) });

export function useRecordHistory(id: string) {
  return useQuery(recordHistoryQueryOptions(useApiClient(), id));
}
