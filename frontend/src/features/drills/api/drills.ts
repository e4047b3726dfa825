import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { uploadAttachment } from '@/lib/attachments';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { drillKeys } from './keys';
import type { Drill, DrillInput, DrillObligationList } from './types';

type DrillPage = paths['/api/v1/drills']['get']['responses'][200]['content']['application/json'];

/** What an org owes under every drill rule for the periods running today (the rules stack), with the reasons. */
export async function listDrillObligations(client: ApiClient, orgId: string): Promise<DrillObligationList> {
  return expectData(await client.GET('/api/v1/drill-obligations', { params: { query: { orgId } } }));
}

export const drillObligationsQueryOptions = (client: ApiClient, orgId: string) =>
  queryOptions({ queryKey: drillKeys.obligationList(orgId), queryFn: () => listDrillObligations(client, orgId) });

export function useDrillObligations(orgId: string | undefined) {
  return useQuery({ ...drillObligationsQueryOptions(useApiClient(), orgId ?? ''), enabled: Boolean(orgId) });
}

export async function listDrills(client: ApiClient, orgId: string | undefined, cursor?: string): Promise<DrillPage> {
  const query: NonNullable<paths['/api/v1/drills']['get']['parameters']['query']> = { limit: 50 };
  if (orgId) query.orgId = orgId;
  if (cursor) query.cursor = cursor;
  return expectData(await client.GET('/api/v1/drills', { params: { query } }));
}

export const drillsQueryOptions = (client: ApiClient, orgId: string | undefined) =>
  infiniteQueryOptions({
    queryKey: drillKeys.drillList(orgId),
    queryFn: ({ pageParam }) => listDrills(client, orgId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useDrills(orgId: string | undefined) {
  return useInfiniteQuery(drillsQueryOptions(useApiClient(), orgId));
}

/** The day a drill is on: the day it was held, else the day planned (the list's sort key). */
export function drillDay(d: Drill): string | null {
  return d.conductedOn ?? d.plannedOn;
}

/**
 * The drills of one month (YYYY-MM): the list runs newest day first, so pages are read until one reaches days
 * before the month (at most 10 pages of 200).
 */
export async function listMonthDrills(client: ApiClient, orgId: string | undefined, month: string): Promise<Drill[]> {
  const found: Drill[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const query: NonNullable<paths['/api/v1/drills']['get']['parameters']['query']> = { limit: 200 };
    if (orgId) query.orgId = orgId;
    if (cursor) query.cursor = cursor;
    const result = expectData(await client.GET('/api/v1/drills', { params: { query } }));
    found.push(...result.items.filter((d) => drillDay(d)?.startsWith(month)));
    const last = result.items.at(-1);
    const lastDay = last ? drillDay(last) : null;
    cursor = result.nextCursor ?? undefined;
    if (!cursor || (lastDay !== null && lastDay < `${month}-01`)) break;
  }
  return found;
}

export function useMonthDrills(orgId: string | undefined, month: string) {
  const client = useApiClient();
  return useQuery({ queryKey: drillKeys.drillMonth(orgId, month), queryFn: () => listMonthDrills(client, orgId, month) });
}

/** Records a drill held; the same Idempotency-Key and body replay the first answer. */
export async function recordDrill(client: ApiClient, input: DrillInput, idempotencyKey: string): Promise<Drill> {
  return expectData(await client.POST('/api/v1/drills', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: input }));
}

/** Records a drill held: its photos are uploaded first (each once, by its own key), then the drill names them. */
export function useRecordDrill() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, photos = [], idempotencyKey }: { input: DrillInput; photos?: File[]; idempotencyKey: string }) => {
      const uploaded = await Promise.all(
        photos.map((file, i) => uploadAttachment(client, file, file.name || `drill-photo-${i + 1}.jpg`, `${idempotencyKey}-photo-${i}`)),
      );
      const attachmentIds = uploaded.map((a) => a.id);
      return recordDrill(client, attachmentIds.length > 0 ? { ...input, attachmentIds } : input, idempotencyKey);
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: drillKeys.drills() }),
        queryClient.invalidateQueries({ queryKey: drillKeys.obligations() }),
      ]);
    },
  });
}
