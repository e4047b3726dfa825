import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { fetchBinary, saveBlob } from '@/lib/download';
import { expectData } from '@/lib/problem';
import { drillKeys } from './keys';

export type DrillCoverage = components['schemas']['DrillCoverage'];
export type DrillCoverageCounts = components['schemas']['DrillCoverageCounts'];
export type DrillDebt = components['schemas']['DrillDebt'];
export type DrillScenarioCoverage = components['schemas']['DrillScenarioCoverage'];
export type DrillPlanGap = components['schemas']['DrillPlanGap'];

type CoverageQuery = NonNullable<paths['/api/v1/drill-coverage']['get']['parameters']['query']>;

/** The coverage filters a desk can set: whose subtree, which industry, key units or the others. */
export interface CoverageFilters {
  orgId: string;
  industry?: string;
  emergencyKeyUnit?: boolean;
}

function query(filters: CoverageFilters): CoverageQuery {
  const q: CoverageQuery = { orgId: filters.orgId };
  if (filters.industry) q.industry = filters.industry;
  if (filters.emergencyKeyUnit !== undefined) q.emergencyKeyUnit = filters.emergencyKeyUnit;
  return q;
}

export async function getCoverage(client: ApiClient, filters: CoverageFilters): Promise<DrillCoverage> {
  return expectData(await client.GET('/api/v1/drill-coverage', { params: { query: query(filters) } }));
}

export function useCoverage(filters: CoverageFilters) {
  const client = useApiClient();
  return useQuery({ queryKey: drillKeys.coverage(filters), queryFn: () => getCoverage(client, filters), enabled: Boolean(filters.orgId) });
}

export function useDebts(filters: CoverageFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: drillKeys.debts(filters),
    queryFn: async ({ pageParam }) =>
      expectData(
        await client.GET('/api/v1/drill-coverage/debts', { params: { query: { ...query(filters), limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: Boolean(filters.orgId),
  });
}

/** Plans and scenario types of the subtree not drilled in the last three years, the plans a page at a time. */
export function useScenarioCoverage(orgId: string) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: drillKeys.scenarios(orgId),
    queryFn: async ({ pageParam }) =>
      expectData(await client.GET('/api/v1/drill-coverage/scenarios', { params: { query: { orgId, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: Boolean(orgId),
  });
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 演练台账: the drills of a subtree between two days as a workbook, saved under a name that says what it holds. */
export function useLedgerDownload() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ orgId, from, to, fileName }: { orgId: string; from: string; to: string; fileName: string }) => {
      const params = new URLSearchParams({ orgId, from, to });
      saveBlob(await fetchBinary(client, `/api/v1/drill-coverage/ledger.xlsx?${params.toString()}`, xlsxType), fileName);
    },
  });
}
