import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { accidentKeys } from './keys';
import type { AccidentInput, VersionedAccident } from './types';

/** Enters an accident; the same Idempotency-Key and body replay the first answer, so a retried tap creates one. */
export async function createAccident(client: ApiClient, input: AccidentInput, idempotencyKey: string): Promise<VersionedAccident> {
  const result = await client.POST('/api/v1/accidents', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: input });
  return { accident: expectData(result), etag: result.response.headers.get('ETag') };
}

/** Corrects an accident with If-Match (412 when someone corrected it meanwhile) and a reason. */
export async function correctAccident(client: ApiClient, id: string, etag: string, input: AccidentInput): Promise<VersionedAccident> {
  const result = await client.PUT('/api/v1/accidents/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input });
  return { accident: expectData(result), etag: result.response.headers.get('ETag') };
}

export type SaveAccidentRequest =
  | { kind: 'create'; input: AccidentInput; idempotencyKey: string }
  | { kind: 'correct'; id: string; etag: string; input: AccidentInput };

export function useSaveAccident() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveAccidentRequest) =>
      request.kind === 'create'
        ? createAccident(client, request.input, request.idempotencyKey)
        : correctAccident(client, request.id, request.etag, request.input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(accidentKeys.detail(saved.accident.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accidentKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: accidentKeys.history(saved.accident.id) }),
        queryClient.invalidateQueries({ queryKey: accidentKeys.controls() }),
      ]);
    },
  });
}
