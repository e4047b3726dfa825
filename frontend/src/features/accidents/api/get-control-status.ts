import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { accidentKeys } from './keys';
import type { ControlIndicatorStatus } from './types';

/** An org's ceilings for the year against its subtree's accidents up to the month's end (the reasons come in the UI's language). */
export async function getControlStatus(client: ApiClient, orgId: string, year: number, month: number): Promise<ControlIndicatorStatus> {
  return expectData(await client.GET('/api/v1/control-indicator-status', { params: { query: { orgId, year, month } } }));
}

export const controlStatusQueryOptions = (client: ApiClient, orgId: string, year: number, month: number) =>
  queryOptions({ queryKey: accidentKeys.control(orgId, year, month), queryFn: () => getControlStatus(client, orgId, year, month) });

export function useControlStatus(orgId: string | undefined, year: number, month: number) {
  return useQuery({ ...controlStatusQueryOptions(useApiClient(), orgId ?? '', year, month), enabled: Boolean(orgId) });
}
