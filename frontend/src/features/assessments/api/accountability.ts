import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { fetchBinary, saveBlob } from '@/lib/download';
import { expectData, isProblem } from '@/lib/problem';
import type { AccountabilityStatus, AccountabilityTransition, AccountabilityType, VersionedAction } from './accountability-types';

type ListQuery = NonNullable<paths['/api/v1/accountability-actions']['get']['parameters']['query']>;

/** The register's filters as the URL keeps them. */
export interface RegisterFilters {
  type?: AccountabilityType;
  status?: AccountabilityStatus;
  year?: string;
  targetOrgId?: string;
}

export const accountabilityKeys = {
  all: ['accountability'] as const,
  list: (filters: RegisterFilters & { open?: boolean }) => ['accountability', 'list', filters] as const,
  one: (id: string) => ['accountability', 'one', id] as const,
  history: (id: string) => ['accountability', 'history', id] as const,
  flags: (orgId: string | undefined) => ['accountability', 'flags', orgId ?? ''] as const,
};

const pageSize = 50;

export function toListQuery(filters: RegisterFilters & { open?: boolean }, cursor?: string): ListQuery {
  const query: ListQuery = { limit: pageSize };
  if (filters.type) query.type = filters.type;
  if (filters.status) query.status = filters.status;
  if (filters.year) query.year = Number(filters.year);
  if (filters.targetOrgId) query.targetOrgId = filters.targetOrgId;
  if (filters.open !== undefined) query.open = filters.open;
  if (cursor) query.cursor = cursor;
  return query;
}

export const actionsQueryOptions = (client: ApiClient, filters: RegisterFilters & { open?: boolean }) =>
  infiniteQueryOptions({
    queryKey: accountabilityKeys.list(filters),
    queryFn: async ({ pageParam }) =>
      expectData(await client.GET('/api/v1/accountability-actions', { params: { query: toListQuery(filters, pageParam) } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useActions(filters: RegisterFilters & { open?: boolean }, enabled = true) {
  return useInfiniteQuery({ ...actionsQueryOptions(useApiClient(), filters), enabled });
}

export async function getAction(client: ApiClient, id: string): Promise<VersionedAction> {
  const result = await client.GET('/api/v1/accountability-actions/{id}', { params: { path: { id } } });
  return { action: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useAction(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: accountabilityKeys.one(id),
    queryFn: () => getAction(client, id),
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });
}

export function useActionHistory(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: accountabilityKeys.history(id),
    queryFn: async () =>
      expectData(await client.GET('/api/v1/accountability-actions/{id}/history', { params: { path: { id } } })).items,
  });
}

/** Award and promotion bars of the leaders of orgs in scope (of one org when given). */
export function usePersonFlags(orgId?: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: accountabilityKeys.flags(orgId),
    queryFn: async () =>
      expectData(await client.GET('/api/v1/person-flags', { params: { query: orgId ? { orgId, limit: 200 } : { limit: 200 } } })).items,
  });
}

export function useTransitionAction() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, body }: { id: string; etag: string | null; body: AccountabilityTransition }): Promise<VersionedAction> => {
      const result = await client.POST('/api/v1/accountability-actions/{id}/transitions', {
        params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
        body,
      });
      return { action: expectData(result), etag: result.response.headers.get('ETag') };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(accountabilityKeys.one(saved.action.id), saved);
      await queryClient.invalidateQueries({ queryKey: accountabilityKeys.all });
      // an assessment that follows a 整改方案 moves with it
      await queryClient.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 问责事项台账 with the register's filters, as a workbook. */
export async function downloadRegister(client: ApiClient, filters: RegisterFilters, fileName: string): Promise<void> {
  const params = new URLSearchParams();
  if (filters.targetOrgId) params.set('targetOrgId', filters.targetOrgId);
  if (filters.status) params.set('status', filters.status);
  if (filters.type) params.set('type', filters.type);
  if (filters.year) params.set('year', filters.year);
  const query = params.toString();
  saveBlob(await fetchBinary(client, `/api/v1/accountability-actions/register.xlsx${query ? `?${query}` : ''}`, xlsxType), fileName);
}
