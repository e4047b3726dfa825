import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { fetchBinary, saveBlob } from '@/lib/download';
import { expectData } from '@/lib/problem';

export type SpotCheck = components['schemas']['DrillSpotCheck'];
export type SpotCheckInput = components['schemas']['DrillSpotCheckInput'];
export type SpotCheckTransition = components['schemas']['DrillSpotCheckTransition'];
export type SpotCheckAction = SpotCheckTransition['action'];
export type SpotCheckEvent = components['schemas']['DrillSpotCheckEvent'];
export type SpotCheckFileKind = components['schemas']['DrillSpotCheckFilesInput']['kind'];
export type KeyUnitReports = components['schemas']['KeyUnitReports'];
export type KeyUnitReport = components['schemas']['KeyUnitReport'];
type Drill = components['schemas']['Drill'];

export type SpotCheckFilters = NonNullable<paths['/api/v1/drill-spot-checks']['get']['parameters']['query']>;

export const spotCheckKeys = {
  all: ['drill-spot-checks'] as const,
  list: (f: SpotCheckFilters) => ['drill-spot-checks', 'list', f] as const,
  one: (id: string) => ['drill-spot-checks', 'one', id] as const,
  history: (id: string) => ['drill-spot-checks', 'history', id] as const,
  keyUnits: (half: string) => ['drill-spot-checks', 'key-units', half] as const,
  drills: (orgId: string) => ['drill-spot-checks', 'drills', orgId] as const,
};

/** The half-year holding a day, e.g. 2026-H2. */
export function halfOf(day: Date): string {
  return `${String(day.getFullYear())}-H${day.getMonth() < 6 ? '1' : '2'}`;
}

/** The current half-year and the three before it, newest first. */
export function recentHalves(day: Date = new Date()): string[] {
  const out: string[] = [];
  let year = day.getFullYear();
  let half = day.getMonth() < 6 ? 1 : 2;
  for (let i = 0; i < 4; i++) {
    out.push(`${String(year)}-H${String(half)}`);
    if (half === 2) half = 1;
    else {
      half = 2;
      year -= 1;
    }
  }
  return out;
}

export function useSpotChecks(filters: SpotCheckFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: spotCheckKeys.list(filters),
    queryFn: async () => expectData(await client.GET('/api/v1/drill-spot-checks', { params: { query: { limit: 200, ...filters } } })),
  });
}

/** The checked unit's drills, newest first (its latest 50): the drill a check looks at is one of them. */
export function useTargetDrills(orgId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: spotCheckKeys.drills(orgId ?? ''),
    queryFn: async () => expectData(await client.GET('/api/v1/drills', { params: { query: { orgId, limit: 50 } } })).items,
    enabled: Boolean(orgId),
  });
}

/** A drill as a choice: its title and the day it was held, else planned. */
export function drillChoice(d: Drill): string {
  const day = d.conductedOn ?? d.plannedOn;
  return day ? `${d.title}（${day}）` : d.title;
}

export function useSpotCheck(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: spotCheckKeys.one(id ?? ''),
    queryFn: async () => expectData(await client.GET('/api/v1/drill-spot-checks/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useSpotCheckHistory(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: spotCheckKeys.history(id ?? ''),
    queryFn: async () => expectData(await client.GET('/api/v1/drill-spot-checks/{id}/history', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** Plans or records a spot check; the same Idempotency-Key replays the first answer. */
export function useCreateSpotCheck() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, idempotencyKey }: { input: SpotCheckInput; idempotencyKey: string }) =>
      expectData(await client.POST('/api/v1/drill-spot-checks', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: spotCheckKeys.all });
    },
  });
}

export function useTransitionSpotCheck() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: SpotCheckTransition }) =>
      expectData(
        await client.POST('/api/v1/drill-spot-checks/{id}/transitions', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(spotCheckKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: spotCheckKeys.all });
    },
  });
}

/** The kinds of a spot check's files, in the order the check makes them. */
export const spotCheckFileKinds: readonly SpotCheckFileKind[] = ['SITE_PHOTO', 'CORRECTION_ORDER', 'CORRECTION_PROOF'];

/** Uploads the picked files, then attaches them to the check as one kind; the check comes back with its files. */
export function useAttachSpotCheckFiles() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, kind, files }: { id: string; kind: SpotCheckFileKind; files: readonly File[] }) => {
      const stored = await Promise.all(files.map((file) => uploadAttachment(client, file, file.name, crypto.randomUUID())));
      return expectData(
        await client.POST('/api/v1/drill-spot-checks/{id}/files', {
          params: { path: { id } },
          body: { kind, attachmentIds: stored.map((a) => a.id) },
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(spotCheckKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: spotCheckKeys.all });
    },
  });
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 演练抽查台账 of the register's filters, saved under a name that says what it holds. */
export function useRegisterDownload() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ filters, fileName }: { filters: SpotCheckFilters; fileName: string }) => {
      const params = new URLSearchParams();
      if (filters.period) params.set('period', filters.period);
      if (filters.status) params.set('status', filters.status);
      if (filters.result) params.set('result', filters.result);
      if (filters.unannounced !== undefined) params.set('unannounced', String(filters.unannounced));
      if (filters.targetOrgId) params.set('targetOrgId', filters.targetOrgId);
      if (filters.regulatorOrgId) params.set('regulatorOrgId', filters.regulatorOrgId);
      saveBlob(await fetchBinary(client, `/api/v1/drill-spot-checks/register.xlsx?${params.toString()}`, xlsxType), fileName);
    },
  });
}

/** The yearly 应急预案 and drill supervision summary for the superior department (D22), saved as Excel. */
export function useSupervisionSummaryDownload() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ year, fileName }: { year: number; fileName: string }) => {
      saveBlob(await fetchBinary(client, `/api/v1/drill-coverage/supervision-summary.xlsx?year=${String(year)}`, xlsxType), fileName);
    },
  });
}

export function useKeyUnitReports(half: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: spotCheckKeys.keyUnits(half),
    queryFn: async () => expectData(await client.GET('/api/v1/drill-coverage/key-unit-reports', { params: { query: { half } } })),
  });
}
