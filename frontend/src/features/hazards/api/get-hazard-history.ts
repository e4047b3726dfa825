import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import type { HazardEvent } from './types';

export async function getHazardHistory(client: ApiClient, id: string): Promise<HazardEvent[]> {
  const result = await client.GET('/api/v1/hazards/{id}/history', { params: { path: { id } } });
  return expectData(result).items;
}

export const hazardHistoryKey = (id: string) => ['hazards', 'history', id] as const;

export function useHazardHistory(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: hazardHistoryKey(id), queryFn: () => getHazardHistory(client, id) });
}
