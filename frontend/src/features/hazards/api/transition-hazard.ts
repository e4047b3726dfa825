import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import type { VersionedHazard } from './get-hazard';
import { hazardKeys } from './keys';
import type { HazardTransition } from './types';

export interface TransitionHazardRequest {
  id: string;
  /** The ETag the user acted on: a change in between answers 412 instead of acting on stale data. */
  etag: string | null;
  transition: HazardTransition;
}

export async function transitionHazard(client: ApiClient, { id, etag, transition }: TransitionHazardRequest): Promise<VersionedHazard> {
  const result = await client.POST('/api/v1/hazards/{id}/transitions', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
    body: transition,
  });
  return { hazard: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useTransitionHazard() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionHazardRequest) => transitionHazard(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(hazardKeys.detail(saved.hazard.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hazardKeys.history(saved.hazard.id) }),
        queryClient.invalidateQueries({ queryKey: hazardKeys.lists() }),
      ]);
    },
  });
}
