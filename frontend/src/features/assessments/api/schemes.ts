import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import type { SchemeInput, SchemeTransition, VersionedScheme } from './types';

export type SchemeFilters = NonNullable<paths['/api/v1/assessment-schemes']['get']['parameters']['query']>;

export const schemeKeys = {
  all: ['assessment-schemes'] as const,
  list: (f: SchemeFilters) => ['assessment-schemes', 'list', f] as const,
  one: (id: string) => ['assessment-schemes', 'one', id] as const,
  history: (id: string) => ['assessment-schemes', 'history', id] as const,
  metrics: ['assessment-metrics'] as const,
};

export async function getScheme(client: ApiClient, id: string): Promise<VersionedScheme> {
  const result = await client.GET('/api/v1/assessment-schemes/{id}', { params: { path: { id } } });
  return { scheme: expectData(result), etag: result.response.headers.get('ETag') };
}

export const schemeQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: schemeKeys.one(id),
    queryFn: () => getScheme(client, id),
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function useScheme(id: string | undefined) {
  return useQuery({ ...schemeQueryOptions(useApiClient(), id ?? ''), enabled: Boolean(id) });
}

export function useSchemes(filters: SchemeFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: schemeKeys.list(filters),
    queryFn: async () => expectData(await client.GET('/api/v1/assessment-schemes', { params: { query: { limit: 200, ...filters } } })).items,
  });
}

export function useSchemeHistory(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: schemeKeys.history(id),
    queryFn: async () => expectData(await client.GET('/api/v1/assessment-schemes/{id}/history', { params: { path: { id } } })).items,
  });
}

/** The metric catalogue, in the caller's language. */
export function useMetricCatalogue() {
  const client = useApiClient();
  return useQuery({
    queryKey: schemeKeys.metrics,
    queryFn: async () => expectData(await client.GET('/api/v1/assessment-metrics')).items,
    staleTime: 10 * 60_000,
  });
}

type Save = { kind: 'create'; input: SchemeInput; idempotencyKey: string } | { kind: 'update'; id: string; etag: string; input: SchemeInput };

/** Drafts a scheme or replaces a draft's rules (If-Match: the version the editor started from). */
export function useSaveScheme() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (save: Save): Promise<VersionedScheme> => {
      const result =
        save.kind === 'create'
          ? await client.POST('/api/v1/assessment-schemes', { params: { header: { 'Idempotency-Key': save.idempotencyKey } }, body: save.input })
          : await client.PUT('/api/v1/assessment-schemes/{id}', { params: { path: { id: save.id }, header: { 'If-Match': save.etag } }, body: save.input });
      return { scheme: expectData(result), etag: result.response.headers.get('ETag') };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(schemeKeys.one(saved.scheme.id), saved);
      await queryClient.invalidateQueries({ queryKey: schemeKeys.all });
    },
  });
}

export function useTransitionScheme() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, body }: { id: string; etag: string | null; body: SchemeTransition }): Promise<VersionedScheme> => {
      const result = await client.POST('/api/v1/assessment-schemes/{id}/transitions', {
        params: { path: { id }, header: { 'Idempotency-Key': crypto.randomUUID(), ...(etag ? { 'If-Match': etag } : {}) } },
        body,
      });
      return { scheme: expectData(result), etag: result.response.headers.get('ETag') };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(schemeKeys.one(saved.scheme.id), saved);
      await queryClient.invalidateQueries({ queryKey: schemeKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
}
