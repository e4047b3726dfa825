import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import type { AssessmentTransition, ValueInput, VersionedAssessment } from './types';

export const assessmentKeys = {
  all: ['assessments'] as const,
  ofScheme: (schemeId: string) => ['assessments', 'scheme', schemeId] as const,
  one: (id: string) => ['assessments', 'one', id] as const,
  score: (id: string) => ['assessments', 'score', id] as const,
  scoresOfScheme: (schemeId: string) => ['assessments', 'scores', schemeId] as const,
};

export function useAssessments(schemeId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: assessmentKeys.ofScheme(schemeId ?? ''),
    queryFn: async () => expectData(await client.GET('/api/v1/assessments', { params: { query: { schemeId: schemeId ?? '' } } })).items,
    enabled: Boolean(schemeId),
  });
}

export async function getAssessment(client: ApiClient, id: string): Promise<VersionedAssessment> {
  const result = await client.GET('/api/v1/assessments/{id}', { params: { path: { id } } });
  return { assessment: expectData(result), etag: result.response.headers.get('ETag') };
}

export const assessmentQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: assessmentKeys.one(id),
    queryFn: () => getAssessment(client, id),
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function useAssessment(id: string) {
  return useQuery(assessmentQueryOptions(useApiClient(), id));
}

/** The explained score: every leaf's points, every value ever set with who and why, the trace. */
export function useAssessmentScore(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: assessmentKeys.score(id),
    queryFn: async () => expectData(await client.GET('/api/v1/assessments/{id}/score', { params: { path: { id } } })),
  });
}

/** Sets one value (self, department, review, adjustment, veto); earlier values stay in the record. */
export function useSetValue() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: ValueInput }) =>
      expectData(await client.POST('/api/v1/assessments/{id}/values', { params: { path: { id } }, body: input })),
    onSuccess: async (explained, { id }) => {
      // A value moves the assessment's version. Its new ETag is fetched before the sheet shows the value as saved, so an
      // action taken as soon as the item reads done (提交自评, 完成评审) never carries a stale If-Match and meets a 412.
      await queryClient.refetchQueries({ queryKey: assessmentKeys.one(id), exact: true });
      queryClient.setQueryData(assessmentKeys.score(id), explained);
      const fresh = [assessmentKeys.one(id), assessmentKeys.score(id)].map((k) => JSON.stringify(k));
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.all, predicate: (q) => !fresh.includes(JSON.stringify(q.queryKey)) });
    },
  });
}

export function useTransitionAssessment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, body }: { id: string; etag: string | null; body: AssessmentTransition }): Promise<VersionedAssessment> => {
      const result = await client.POST('/api/v1/assessments/{id}/transitions', {
        params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
        body,
      });
      return { assessment: expectData(result), etag: result.response.headers.get('ETag') };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(assessmentKeys.one(saved.assessment.id), saved);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });
}
