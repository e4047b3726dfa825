import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import type { VersionedList } from './get-list';
import { listKeys } from './keys';
import type { ListTransition } from './list-types';

export interface TransitionListRequest {
  id: string;
  /** The ETag the user acted on: a change in between answers 412 instead of acting on stale data. */
  etag: string | null;
  transition: ListTransition;
}

export async function transitionList(client: ApiClient, { id, etag, transition }: TransitionListRequest): Promise<VersionedList> {
  const result = await client.POST('/api/v1/responsibility-lists/{id}/transitions', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
    body: transition,
  });
  return { list: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useTransitionList() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionListRequest) => transitionList(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(listKeys.detail(saved.list.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: listKeys.history(saved.list.id) }),
        queryClient.invalidateQueries({ queryKey: listKeys.lists() }),
      ]);
    },
  });
}
