import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';
import { hazardKeys } from './keys';
import type { Hazard } from './types';

/** A ticket with the ETag the server sent, sent back as If-Match with an action. */
export interface VersionedHazard {
  hazard: Hazard;
  etag: string | null;
}

export async function getHazard(client: ApiClient, id: string): Promise<VersionedHazard> {
  const result = await client.GET('/api/v1/hazards/{id}', { params: { path: { id } } });
  return { hazard: expectData(result), etag: result.response.headers.get('ETag') };
}

export const hazardQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: hazardKeys.detail(id),
    queryFn: () => getHazard(client, id),
    // 404 means missing or out of scope: asking again will not change that.
    retry: (count, error) => !isProblem(error, 404) && count < 2,
  });

export function useHazard(id: string) {
  return useQuery(hazardQueryOptions(useApiClient(), id));
}
