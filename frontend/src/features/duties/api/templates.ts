import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { listKeys } from './keys';

export type ListTemplate = components['schemas']['ListTemplate'];
export type TemplateSummary = components['schemas']['ListTemplateSummary'];
export type TemplateInput = components['schemas']['ListTemplateInput'];
export type TemplateUpdate = components['schemas']['ListTemplateUpdate'];
export type TemplateItem = components['schemas']['DutyItemInput'];
export type TemplateFilters = Pick<NonNullable<paths['/api/v1/list-templates']['get']['parameters']['query']>, 'holderKind' | 'includeRetired'>;

/** A template version with the ETag the server sent, sent back as If-Match when it is edited or retired. */
export interface VersionedTemplate {
  template: ListTemplate;
  etag: string | null;
}

export const templateKeys = {
  all: [...listKeys.all, 'templates'] as const,
  list: (filters: TemplateFilters) => [...templateKeys.all, 'list', filters] as const,
  detail: (id: string) => [...templateKeys.all, 'detail', id] as const,
};

export const templatesQueryOptions = (client: ApiClient, filters: TemplateFilters) =>
  infiniteQueryOptions({
    queryKey: templateKeys.list(filters),
    queryFn: async ({ pageParam }) =>
      expectData(await client.GET('/api/v1/list-templates', { params: { query: { ...filters, limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useTemplates(filters: TemplateFilters) {
  return useInfiniteQuery(templatesQueryOptions(useApiClient(), filters));
}

export async function getTemplate(client: ApiClient, id: string): Promise<VersionedTemplate> {
  const result = await client.GET('/api/v1/list-templates/{id}', { params: { path: { id } } });
  return { template: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useTemplate(id: string) {
  const client = useApiClient();
  return useQuery(
    queryOptions({
      queryKey: templateKeys.detail(id),
      queryFn: () => getTemplate(client, id),
      retry: (count, error) => !isProblem(error, 404) && count < 2,
    }),
  );
}

export type SaveTemplateRequest = { kind: 'create'; input: TemplateInput } | { kind: 'update'; id: string; etag: string | null; input: TemplateUpdate };

/** Create a template code (version 1) or edit one (the next version; lists keep the version they were drafted from). */
export function useSaveTemplate() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: SaveTemplateRequest): Promise<ListTemplate> =>
      request.kind === 'create'
        ? expectData(await client.POST('/api/v1/list-templates', { body: request.input }))
        : expectData(
            await client.PUT('/api/v1/list-templates/{id}', {
              params: { path: { id: request.id }, header: request.etag ? { 'If-Match': request.etag } : {} },
              body: request.input,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function useRetireTemplate() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string | null }): Promise<ListTemplate> =>
      expectData(await client.POST('/api/v1/list-templates/{id}/retire', { params: { path: { id }, header: etag ? { 'If-Match': etag } : {} } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
