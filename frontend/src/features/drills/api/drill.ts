import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { drillKeys } from './keys';
import type { DrillEvent, DrillInput, DrillTransition, TimelineEntry, TimelineEntryInput, VersionedDrill } from './types';

export async function getDrill(client: ApiClient, id: string): Promise<VersionedDrill> {
  const result = await client.GET('/api/v1/drills/{id}', { params: { path: { id } } });
  return { drill: expectData(result), etag: result.response.headers.get('ETag') };
}

export const drillQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: drillKeys.drill(id),
    queryFn: () => getDrill(client, id),
    // 404 means missing or out of scope: asking again will not change that.
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function useDrill(id: string) {
  return useQuery(drillQueryOptions(useApiClient(), id));
}

export async function getDrillHistory(client: ApiClient, id: string): Promise<DrillEvent[]> {
  return expectData(await client.GET('/api/v1/drills/{id}/history', { params: { path: { id } } })).items;
}

export function useDrillHistory(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: drillKeys.drillHistory(id), queryFn: () => getDrillHistory(client, id) });
}

/** Every entry of the drill's timeline in the order it happened (pages of 200 followed to the end). */
export async function getDrillTimeline(client: ApiClient, id: string): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = expectData(
      await client.GET('/api/v1/drills/{id}/timeline', { params: { path: { id }, query: cursor ? { limit: 200, cursor } : { limit: 200 } } }),
    );
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

export function useDrillTimeline(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: drillKeys.drillTimeline(id), queryFn: () => getDrillTimeline(client, id) });
}

/**
 * Posts one timeline entry; the entry's clientId names it, so a repeat (a retried sync, two tabs) answers the entry
 * the first post created instead of adding a second. The offline queue calls this with the queued item's id.
 */
export async function postTimelineEntry(client: ApiClient, drillId: string, input: TimelineEntryInput): Promise<TimelineEntry> {
  return expectData(
    await client.POST('/api/v1/drills/{id}/timeline', {
      params: { path: { id: drillId }, header: { 'Idempotency-Key': input.clientId } },
      body: input,
    }),
  );
}

export interface TransitionDrillRequest {
  id: string;
  /** The ETag the user acted on: a change in between answers 412 instead of acting on stale data. */
  etag: string | null;
  transition: DrillTransition;
}

export async function transitionDrill(client: ApiClient, { id, etag, transition }: TransitionDrillRequest): Promise<VersionedDrill> {
  const result = await client.POST('/api/v1/drills/{id}/transitions', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
    body: transition,
  });
  return { drill: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useTransitionDrill() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TransitionDrillRequest) => transitionDrill(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(drillKeys.drill(saved.drill.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: drillKeys.drillHistory(saved.drill.id) }),
        queryClient.invalidateQueries({ queryKey: drillKeys.drills() }),
        queryClient.invalidateQueries({ queryKey: drillKeys.obligations() }),
        queryClient.invalidateQueries({ queryKey: drillKeys.yearPlans() }),
      ]);
    },
  });
}

/** Plans a drill (no status: PLANNED on plannedOn); the same Idempotency-Key and body replay the first answer. */
export async function planDrill(client: ApiClient, input: DrillInput, idempotencyKey: string): Promise<VersionedDrill> {
  const result = await client.POST('/api/v1/drills', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: input });
  return { drill: expectData(result), etag: result.response.headers.get('ETag') };
}

export function usePlanDrill() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: DrillInput; idempotencyKey: string }) => planDrill(client, input, idempotencyKey),
    onSuccess: async (saved) => {
      queryClient.setQueryData(drillKeys.drill(saved.drill.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: drillKeys.drills() }),
        queryClient.invalidateQueries({ queryKey: drillKeys.yearPlans() }),
      ]);
    },
  });
}
