import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { drillKeys } from './keys';
import type { DrillEvent, VersionedYearPlan, YearPlanAction, YearPlanInput } from './types';

type ListQuery = NonNullable<paths['/api/v1/drill-year-plans']['get']['parameters']['query']>;
type YearPlanPage = paths['/api/v1/drill-year-plans']['get']['responses'][200]['content']['application/json'];

export interface YearPlanFilters {
  orgId?: string;
  year?: number;
}

export async function listYearPlans(client: ApiClient, { orgId, year }: YearPlanFilters, cursor?: string): Promise<YearPlanPage> {
  const query: ListQuery = { limit: 100 };
  if (orgId) query.orgId = orgId;
  if (year) query.year = year;
  if (cursor) query.cursor = cursor;
  return expectData(await client.GET('/api/v1/drill-year-plans', { params: { query } }));
}

export const yearPlansQueryOptions = (client: ApiClient, filters: YearPlanFilters) =>
  infiniteQueryOptions({
    queryKey: drillKeys.yearPlanList(filters.orgId, filters.year),
    queryFn: ({ pageParam }) => listYearPlans(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useYearPlans(filters: YearPlanFilters) {
  return useInfiniteQuery(yearPlansQueryOptions(useApiClient(), filters));
}

export async function getYearPlan(client: ApiClient, id: string): Promise<VersionedYearPlan> {
  const result = await client.GET('/api/v1/drill-year-plans/{id}', { params: { path: { id } } });
  return { plan: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useYearPlan(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    ...queryOptions({
      queryKey: drillKeys.yearPlan(id ?? ''),
      queryFn: () => getYearPlan(client, id ?? ''),
      retry: (count, error) => !isProblem(error, 404) && count < 2,
    }),
    enabled: Boolean(id),
  });
}

export async function getYearPlanHistory(client: ApiClient, id: string): Promise<DrillEvent[]> {
  return expectData(await client.GET('/api/v1/drill-year-plans/{id}/history', { params: { path: { id } } })).items;
}

export function useYearPlanHistory(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: drillKeys.yearPlanHistory(id), queryFn: () => getYearPlanHistory(client, id) });
}

export type SaveYearPlanRequest =
  | { kind: 'create'; input: YearPlanInput; idempotencyKey: string }
  | { kind: 'update'; id: string; etag: string; input: YearPlanInput };

export async function saveYearPlan(client: ApiClient, request: SaveYearPlanRequest): Promise<VersionedYearPlan> {
  const result =
    request.kind === 'create'
      ? await client.POST('/api/v1/drill-year-plans', { params: { header: { 'Idempotency-Key': request.idempotencyKey } }, body: request.input })
      : await client.PUT('/api/v1/drill-year-plans/{id}', {
          params: { path: { id: request.id }, header: { 'If-Match': request.etag } },
          body: request.input,
        });
  return { plan: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useSaveYearPlan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveYearPlanRequest) => saveYearPlan(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(drillKeys.yearPlan(saved.plan.id), saved);
      await queryClient.invalidateQueries({ queryKey: drillKeys.yearPlans() });
    },
  });
}

export interface TransitionYearPlanRequest {
  id: string;
  etag: string | null;
  action: YearPlanAction;
  comment?: string;
}

export async function transitionYearPlan(client: ApiClient, { id, etag, action, comment }: TransitionYearPlanRequest): Promise<VersionedYearPlan> {
  const result = await client.POST('/api/v1/drill-year-plans/{id}/transitions', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
    body: comment ? { action, comment } : { action },
  });
  return { plan: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useTransitionYearPlan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionYearPlanRequest) => transitionYearPlan(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(drillKeys.yearPlan(saved.plan.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: drillKeys.yearPlanHistory(saved.plan.id) }),
        queryClient.invalidateQueries({ queryKey: drillKeys.yearPlans() }),
      ]);
    },
  });
}
