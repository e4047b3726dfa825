import { useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';

type ListAudit = paths['/api/v1/audit']['get'];
export type AuditPage = ListAudit['responses'][200]['content']['application/json'];
export type AuditEntry = AuditPage['items'][number];
export type AuditFilters = Pick<NonNullable<ListAudit['parameters']['query']>, 'entityType' | 'entityId' | 'actor' | 'from' | 'to'>;

const pageSize = 50;

export async function listAudit(client: ApiClient, filters: AuditFilters, cursor?: string): Promise<AuditPage> {
  return expectData(
    await client.GET('/api/v1/audit', { params: { query: { ...filters, limit: pageSize, ...(cursor ? { cursor } : {}) } } }),
  );
}

export function useAudit(filters: AuditFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => listAudit(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
