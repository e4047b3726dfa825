import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { dutyKeys } from './keys';

export type FulfilmentMatrix = components['schemas']['FulfilmentMatrix'];
export type MatrixCell = components['schemas']['FulfilmentMatrixCell'];
export type CellColor = components['schemas']['CellColor'];
export type DutyGaps = components['schemas']['DutyGaps'];
export type MatrixObligation = components['schemas']['MatrixObligation'];

/** One matrix cell opened: its row (a rule or a duty of the lists) and column, in the matrix's subtree. */
export interface CellFilters {
  orgId?: string;
  periodKey: string;
  ruleId?: string;
  dutyKey?: string;
}

export interface MatrixFilters {
  orgId?: string;
  year?: number;
}

export async function getMatrix(client: ApiClient, filters: MatrixFilters): Promise<FulfilmentMatrix> {
  return expectData(await client.GET('/api/v1/duty-reports/matrix', { params: { query: filters } }));
}

export const matrixQueryOptions = (client: ApiClient, filters: MatrixFilters) =>
  queryOptions({ queryKey: [...dutyKeys.all, 'matrix', filters], queryFn: () => getMatrix(client, filters) });

export function useMatrix(filters: MatrixFilters) {
  return useQuery(matrixQueryOptions(useApiClient(), filters));
}

export async function getGaps(client: ApiClient, orgId?: string): Promise<DutyGaps> {
  return expectData(await client.GET('/api/v1/duty-reports/gaps', { params: { query: orgId ? { orgId } : {} } }));
}

export function useGaps(orgId?: string) {
  const client = useApiClient();
  return useQuery({ queryKey: [...dutyKeys.all, 'gaps', orgId], queryFn: () => getGaps(client, orgId) });
}

export async function getCellObligations(client: ApiClient, filters: CellFilters): Promise<MatrixObligation[]> {
  return expectData(await client.GET('/api/v1/duty-reports/matrix/obligations', { params: { query: { ...filters, limit: 200 } } })).items;
}

/** The obligations of one cell with the holder then and the evidence counted, its files and their hashes. */
export const cellQueryOptions = (client: ApiClient, filters: CellFilters) =>
  queryOptions({ queryKey: [...dutyKeys.all, 'matrix-cell', filters], queryFn: () => getCellObligations(client, filters) });

export function useCellObligations(filters: CellFilters | undefined) {
  const client = useApiClient();
  return useQuery({ ...cellQueryOptions(client, filters ?? { periodKey: '' }), enabled: filters !== undefined });
}
