import { useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';

export type HazardStats = paths['/api/v1/hazards/stats']['get']['responses'][200]['content']['application/json'];

export function useHazardStats() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['hazards', 'stats'],
    queryFn: async () => expectData(await client.GET('/api/v1/hazards/stats')),
  });
}
