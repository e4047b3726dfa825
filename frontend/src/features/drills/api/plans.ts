import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { drillKeys } from './keys';
import type { EmergencyPlanInput, EmergencyPlanKind, VersionedPlan } from './types';

type ListQuery = NonNullable<paths['/api/v1/emergency-plans']['get']['parameters']['query']>;
type PlanPage = paths['/api/v1/emergency-plans']['get']['responses'][200]['content']['application/json'];

export interface PlanFilters {
  kind?: EmergencyPlanKind;
  orgId?: string;
}

export async function listPlans(client: ApiClient, filters: PlanFilters, cursor?: string): Promise<PlanPage> {
  const query: ListQuery = { limit: 100, ...filters };
  if (cursor) query.cursor = cursor;
  return expectData(await client.GET('/api/v1/emergency-plans', { params: { query } }));
}

export const plansQueryOptions = (client: ApiClient, filters: PlanFilters) =>
  infiniteQueryOptions({
    queryKey: drillKeys.planList(filters),
    queryFn: ({ pageParam }) => listPlans(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function usePlans(filters: PlanFilters) {
  return useInfiniteQuery(plansQueryOptions(useApiClient(), filters));
}

export async function getPlan(client: ApiClient, id: string): Promise<VersionedPlan> {
  const result = await client.GET('/api/v1/emergency-plans/{id}', { params: { path: { id } } });
  return { plan: expectData(result), etag: result.response.headers.get('ETag') };
}

export const planQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: drillKeys.plan(id),
    queryFn: () => getPlan(client, id),
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function usePlan(id: string | undefined) {
  return useQuery({ ...planQueryOptions(useApiClient(), id ?? ''), enabled: Boolean(id) });
}

export type SavePlanRequest =
  | { kind: 'create'; input: EmergencyPlanInput; idempotencyKey: string }
  | { kind: 'update'; id: string; etag: string; input: EmergencyPlanInput };

export async function savePlan(client: ApiClient, request: SavePlanRequest): Promise<VersionedPlan> {
  const result =
    request.kind === 'create'
      ? await client.POST('/api/v1/emergency-plans', { params: { header: { 'Idempotency-Key': request.idempotencyKey } }, body: request.input })
      : await client.PUT('/api/v1/emergency-plans/{id}', {
          params: { path: { id: request.id }, header: { 'If-Match': request.etag } },
          body: request.input,
        });
  return { plan: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useSavePlan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SavePlanRequest) => savePlan(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(drillKeys.plan(saved.plan.id), saved);
      await queryClient.invalidateQueries({ queryKey: drillKeys.plans() });
    },
  });
}

/** Deletes a plan no drill exercised (409 otherwise), with If-Match. */
export async function deletePlan(client: ApiClient, id: string, etag: string): Promise<void> {
  const result = await client.DELETE('/api/v1/emergency-plans/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
  if (!result.response.ok) expectData(result);
}

export function useDeletePlan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) => deletePlan(client, id, etag),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: drillKeys.plans() });
    },
  });
}
