import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { drillKeys } from './keys';
import type { DrillEvaluationInput, EvaluationTemplate, VersionedEvaluation } from './types';

/** The drill's evaluation, or null while none is entered (the server answers 404 then). */
export async function getEvaluation(client: ApiClient, drillId: string): Promise<VersionedEvaluation | null> {
  const result = await client.GET('/api/v1/drills/{id}/evaluation', { params: { path: { id: drillId } } });
  if (result.response.status === 404) return null;
  return { evaluation: expectData(result), etag: result.response.headers.get('ETag') };
}

/**
 * The drill's evaluation; without asking the server while the drill says none is entered (`evaluationEntered` false),
 * so a held drill without one costs no 404.
 */
export function useEvaluation(drillId: string, enabled: boolean, entered: boolean | undefined) {
  const client = useApiClient();
  return useQuery({
    // keyed by what the drill says, so the drill's refresh after an evaluation is entered asks the server anew
    queryKey: evaluationKey(drillId, entered),
    queryFn: () => (entered === false ? Promise.resolve(null) : getEvaluation(client, drillId)),
    enabled,
  });
}

function evaluationKey(drillId: string, entered: boolean | undefined) {
  return [...drillKeys.evaluation(drillId), entered === false ? 'none' : 'entered'] as const;
}

/** The newest version of each evaluation template (new evaluations pick one of them). */
export function useEvaluationTemplates(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: drillKeys.evaluationTemplates(),
    queryFn: async (): Promise<EvaluationTemplate[]> => expectData(await client.GET('/api/v1/drill-evaluation-templates')).items,
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** One template version, with its groups, items and grade bands (never changes once written). */
export function useEvaluationTemplate(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: drillKeys.evaluationTemplate(id ?? ''),
    queryFn: async (): Promise<EvaluationTemplate> =>
      expectData(await client.GET('/api/v1/drill-evaluation-templates/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
    staleTime: Infinity,
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });
}

export interface SaveEvaluationRequest {
  drillId: string;
  input: DrillEvaluationInput;
  /** The ETag of the evaluation being replaced; absent, the evaluation is created under the idempotency key. */
  etag?: string | null;
  idempotencyKey: string;
}

/** Creates the evaluation (POST, retry-safe by its key) or replaces the draft (PUT with If-Match). */
export async function saveEvaluation(client: ApiClient, { drillId, input, etag, idempotencyKey }: SaveEvaluationRequest): Promise<VersionedEvaluation> {
  const result =
    etag === undefined
      ? await client.POST('/api/v1/drills/{id}/evaluation', {
          params: { path: { id: drillId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: input,
        })
      : await client.PUT('/api/v1/drills/{id}/evaluation', {
          params: { path: { id: drillId }, header: { 'If-Match': etag ?? '' } },
          body: input,
        });
  return { evaluation: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useSaveEvaluation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveEvaluationRequest) => saveEvaluation(client, request),
    onSuccess: (saved, request) => {
      queryClient.setQueryData(evaluationKey(request.drillId, true), saved);
      // the drill now says an evaluation is entered
      void queryClient.invalidateQueries({ queryKey: drillKeys.drill(request.drillId), exact: true });
    },
  });
}
