import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import type { VersionedRecord } from './get-fulfilment-record';
import { dutyKeys, recordKeys } from './keys';

export type FulfilmentTransition = components['schemas']['FulfilmentTransition'];

export interface TransitionRecordRequest {
  id: string;
  /** The ETag the reviewer acted on: a change in between answers 412 instead of acting on stale data. */
  etag: string | null;
  transition: FulfilmentTransition;
}

export async function transitionRecord(client: ApiClient, { id, etag, transition }: TransitionRecordRequest): Promise<VersionedRecord> {
  const result = await client.POST('/api/v1/fulfilment-records/{id}/transitions', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
    body: transition,
  });
  return { record: expectData(result), etag: result.response.headers.get('ETag') };
}

/** Acts on a record; the queue, its history and every duty figure (matrix, my duties) are asked again. */
export function useTransitionRecord() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionRecordRequest) => transitionRecord(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(recordKeys.detail(saved.record.id), saved);
      await queryClient.invalidateQueries({ queryKey: dutyKeys.all });
    },
  });
}
