import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { hazardKeys } from './keys';

export interface RegionChoice {
  id: string;
  name: string;
  code: string;
}

/** Regions the caller may see (the API applies the caller's scope), by name or code. */
export async function searchRegions(client: ApiClient, q: string, limit = 50): Promise<RegionChoice[]> {
  const query = { kind: 'REGION' as const, sort: 'name' as const, limit, ...(q ? { q } : {}) };
  const page = expectData(await client.GET('/api/v1/orgs', { params: { query } }));
  return page.items.map((org) => ({ id: org.id, name: org.name, code: org.code }));
}

export const regionSearchQueryOptions = (client: ApiClient, q: string) =>
  queryOptions({ queryKey: hazardKeys.regionSearch(q), queryFn: () => searchRegions(client, q), staleTime: 60_000 });

export function useRegionSearch(q: string) {
  return useQuery(regionSearchQueryOptions(useApiClient(), q));
}

/** One region's name, for a territory id that came from the URL. */
export const regionQueryOptions = (client: ApiClient, id: string | undefined) =>
  queryOptions({
    queryKey: hazardKeys.region(id),
    queryFn: async (): Promise<RegionChoice> => {
      const org = expectData(await client.GET('/api/v1/orgs/{id}', { params: { path: { id: id ?? '' } } }));
      return { id: org.id, name: org.name, code: org.code };
    },
    enabled: Boolean(id),
    staleTime: Infinity,
  });

export function useRegion(id: string | undefined) {
  return useQuery(regionQueryOptions(useApiClient(), id));
}
