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
