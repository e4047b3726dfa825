import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { hazardKeys } from './keys';
import type { HazardEvent } from './types';

export async function getHazardHistory(client: ApiClient, id: string): Promise<HazardEvent[]> {
  const result = await client.GET('/api/v1/hazards/{id}/history', { params: { path: { id } } });
  return expectData(result).items;
}

export const hazardHistoryQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({ queryKey: hazardKeys.history(id), queryFn: () => getHazardHistory(client, id) });

export function useHazardHistory(id: string) {
  return useQuery(hazardHistoryQueryOptions(useApiClient(), id));
}
