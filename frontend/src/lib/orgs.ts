// Organization names and pickers shared by the features that hold org ids (accidents, drills, control status).
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from './api-client';
import { useApiClient } from './api-context';
import { expectData } from './problem';

type OrgKind = NonNullable<NonNullable<paths['/api/v1/orgs']['get']['parameters']['query']>['kind']>;

export interface OrgChoice {
  id: string;
  name: string;
  code: string;
}

/** Orgs of a kind the caller may see (the API applies the scope), by name or code. */
export async function searchOrgs(client: ApiClient, kind: OrgKind, q: string, limit = 50): Promise<OrgChoice[]> {
  const query = { kind, sort: 'name' as const, limit, ...(q ? { q } : {}) };
  const page = expectData(await client.GET('/api/v1/orgs', { params: { query } }));
  return page.items.map((org) => ({ id: org.id, name: org.name, code: org.code }));
}

export const orgChoiceKeys = {
  all: ['org-choice'] as const,
  search: (kind: OrgKind, q: string) => [...orgChoiceKeys.all, 'search', kind, q] as const,
  one: (id: string) => [...orgChoiceKeys.all, 'one', id] as const,
};

export const orgSearchQueryOptions = (client: ApiClient, kind: OrgKind, q: string) =>
  queryOptions({ queryKey: orgChoiceKeys.search(kind, q), queryFn: () => searchOrgs(client, kind, q), staleTime: 60_000 });

/** One org's name and code (names do not change by the minute). */
export const orgChoiceQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: orgChoiceKeys.one(id),
    queryFn: async (): Promise<OrgChoice> => {
      const org = expectData(await client.GET('/api/v1/orgs/{id}', { params: { path: { id } } }));
      return { id: org.id, name: org.name, code: org.code };
    },
    staleTime: Infinity,
  });

export function useOrgSearch(kind: OrgKind, q: string) {
  return useQuery(orgSearchQueryOptions(useApiClient(), kind, q));
}

/** Names for org ids the API returned bare; an id not (yet) resolved maps to nothing, never to the raw id on screen. */
export function useOrgNames(ids: readonly (string | null | undefined)[]): Map<string, string> {
  const client = useApiClient();
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const results = useQueries({ queries: unique.map((id) => orgChoiceQueryOptions(client, id)) });
  const names = new Map<string, string>();
  for (const result of results) if (result.data) names.set(result.data.id, result.data.name);
  return names;
}

export type { OrgKind };
