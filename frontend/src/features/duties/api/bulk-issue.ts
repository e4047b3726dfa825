import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { listKeys } from './keys';

export type BulkIssueInput = components['schemas']['ListBulkIssueInput'];
export type BulkIssueResult = components['schemas']['ListBulkIssueResult'];
export type IssueItem = components['schemas']['ListIssueItem'];
type OrgSummary = components['schemas']['OrgPage']['items'][number];

/** Issues one list per fitting post of the subtree; the key makes a retried click one issue, not two. */
export async function bulkIssue(client: ApiClient, input: BulkIssueInput, idempotencyKey: string): Promise<BulkIssueResult> {
  return expectData(
    await client.POST('/api/v1/responsibility-lists/bulk-issue', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: input }),
  );
}

export function useBulkIssue() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: BulkIssueInput; idempotencyKey: string }) => bulkIssue(client, input, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKeys.lists() }),
  });
}

/** The regions of the caller's scope matching a search, to pick a subtree's root. */
export function useRegions(q: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...listKeys.all, 'regions', q],
    queryFn: async (): Promise<OrgSummary[]> =>
      expectData(await client.GET('/api/v1/orgs', { params: { query: { kind: 'REGION', sort: 'code', limit: 50, ...(q ? { q } : {}) } } })).items,
  });
}
