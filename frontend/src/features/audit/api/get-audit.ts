import { useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';

export type AuditPage = paths['/api/v1/audit']['get']['responses'][200]['content']['application/json'];
export type AuditEntry = AuditPage['items'][number];

const pageSize = 50;

export async function listAudit(client: ApiClient, cursor?: string): Promise<AuditPage> {
  return expectData(
    await client.GET('/api/v1/audit', { params: { query: cursor ? { limit: pageSize, cursor } : { limit: pageSize } } }),
  );
}

export function useAudit() {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam }) => listAudit(client, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
