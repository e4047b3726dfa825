import { queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData, ProblemError } from '@/lib/problem';
import { reportDb } from '@/lib/offline-queue/db';
import type { EnterpriseChoice } from '@/lib/offline-queue/types';
import { hazardKeys } from './keys';

type Org = paths['/api/v1/orgs']['get']['responses'][200]['content']['application/json']['items'][number];

export type { EnterpriseChoice };

function toChoice(org: Org): EnterpriseChoice {
  return { id: org.id, name: org.name, code: org.code, industry: org.industry };
}

export async function searchEnterprises(client: ApiClient, q?: string, limit = 200): Promise<EnterpriseChoice[]> {
  const query = { kind: 'ENTERPRISE' as const, sort: 'name' as const, limit, ...(q ? { q } : {}) };
  return expectData(await client.GET('/api/v1/orgs', { params: { query } })).items.map(toChoice);
}

/**
 * "本辖区企业": the enterprises in the caller's scope. Orgs carry no coordinates, so "nearby" means the
 * caller's own grid/territory (the API's scope), not a distance. The last answer is kept in IndexedDB and
 * used when the network is down, so an inspector can still pick an enterprise offline.
 */
export async function loadScopeEnterprises(client: ApiClient): Promise<EnterpriseChoice[]> {
  try {
    const list = await searchEnterprises(client);
    await reportDb.enterprises.replaceAll(list);
    return list;
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    const cached = await reportDb.enterprises.byName();
    if (cached.length === 0) throw error;
    return cached;
  }
}

export const scopeEnterprisesQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: hazardKeys.scopeEnterprises(),
    queryFn: () => loadScopeEnterprises(client),
    staleTime: 10 * 60_000,
    // Offline it answers from IndexedDB: the query must run without network.
    networkMode: 'always',
  });

export function useScopeEnterprises({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...scopeEnterprisesQueryOptions(useApiClient()), enabled });
}

/** Server-side search by name or code, for callers whose scope holds more than one page of enterprises. */
export const enterpriseSearchQueryOptions = (client: ApiClient, q: string) =>
  queryOptions({
    queryKey: hazardKeys.enterpriseSearch(q),
    queryFn: () => searchEnterprises(client, q, 30),
    enabled: q.length > 0,
    staleTime: 60_000,
  });

export function useEnterpriseSearch(q: string) {
  return useQuery(enterpriseSearchQueryOptions(useApiClient(), q));
}
