import { queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, isProblem } from '@/lib/problem';

export type Org = paths['/api/v1/orgs/{id}']['get']['responses'][200]['content']['application/json'];

/** An org with the ETag the server sent, needed as If-Match when saving. */
export interface VersionedOrg {
  org: Org;
  etag: string | null;
}

export async function getOrg(client: ApiClient, id: string): Promise<VersionedOrg> {
  const result = await client.GET('/api/v1/orgs/{id}', { params: { path: { id } } });
  return { org: expectData(result), etag: result.response.headers.get('ETag') };
}

export const orgQueryKey = (id: string) => ['orgs', 'detail', id] as const;

export function orgQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: orgQueryKey(id),
    queryFn: () => getOrg(client, id),
    // 404 means missing or out of scope: asking again will not change that.
    retry: (count, error) => !isProblem(error, 404) && !isProblem(error, 403) && count < 2,
  });
}

export function useOrg(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({ ...orgQueryOptions(client, id), enabled });
}
