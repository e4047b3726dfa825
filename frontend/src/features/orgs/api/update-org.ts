import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { orgQueryKey, type VersionedOrg } from './get-org';

export type OrgInput = paths['/api/v1/orgs/{id}']['put']['requestBody'] extends
  | { content: { 'application/json': infer T } }
  | undefined
  ? T
  : never;

export interface UpdateOrgRequest {
  id: string;
  etag: string;
  input: OrgInput;
}

export async function updateOrg(client: ApiClient, { id, etag, input }: UpdateOrgRequest): Promise<VersionedOrg> {
  const result = await client.PUT('/api/v1/orgs/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: input,
  });
  return { org: expectData(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateOrg() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateOrgRequest) => updateOrg(client, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(orgQueryKey(saved.org.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['orgs', 'list'] });
    },
  });
}
