import { useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';

type ListQuery = NonNullable<paths['/api/v1/orgs']['get']['parameters']['query']>;
export type OrgKind = NonNullable<ListQuery['kind']>;
export type OrgPage = paths['/api/v1/orgs']['get']['responses'][200]['content']['application/json'];

export const orgKinds: readonly OrgKind[] = ['REGION', 'DEPARTMENT', 'ENTERPRISE'];

export interface OrgFilters {
  q?: string;
  kind?: OrgKind;
  industry?: string;
  parentId?: string;
}

const pageSize = 50;

export async function listOrgs(client: ApiClient, filters: OrgFilters, cursor?: string): Promise<OrgPage> {
  const query: ListQuery = { ...filters, sort: 'code', limit: pageSize };
  if (cursor) query.cursor = cursor;
  return expectData(await client.GET('/api/v1/orgs', { params: { query } }));
}

export function useOrgs(filters: OrgFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: ['orgs', 'list', filters],
    queryFn: ({ pageParam }) => listOrgs(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
