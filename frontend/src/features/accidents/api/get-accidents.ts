import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { accidentKeys } from './keys';
import type { AccidentLevel } from './types';

type ListQuery = NonNullable<paths['/api/v1/accidents']['get']['parameters']['query']>;
export type AccidentPage = paths['/api/v1/accidents']['get']['responses'][200]['content']['application/json'];

/** The register's filters as the URL keeps them: a year, a territory (its subtree) and a level. */
export interface AccidentFilters {
  year?: string;
  orgId?: string;
  level?: AccidentLevel;
}

const pageSize = 50;

/** A year becomes the API's from/to days (China), so the register counts an accident in the year its day falls in. */
export function toListQuery(filters: AccidentFilters, cursor?: string): ListQuery {
  const query: ListQuery = { limit: pageSize };
  if (filters.year) {
    query.from = `${filters.year}-01-01`;
    query.to = `${filters.year}-12-31`;
  }
  if (filters.orgId) query.orgId = filters.orgId;
  if (filters.level) query.level = filters.level;
  if (cursor) query.cursor = cursor;
  return query;
}

export async function listAccidents(client: ApiClient, filters: AccidentFilters, cursor?: string): Promise<AccidentPage> {
  return expectData(await client.GET('/api/v1/accidents', { params: { query: toListQuery(filters, cursor) } }));
}

export const accidentsQueryOptions = (client: ApiClient, filters: AccidentFilters) =>
  infiniteQueryOptions({
    queryKey: accidentKeys.list(filters),
    queryFn: ({ pageParam }) => listAccidents(client, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useAccidents(filters: AccidentFilters) {
  return useInfiniteQuery(accidentsQueryOptions(useApiClient(), filters));
}
