import { queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { dutyKeys } from './keys';
import type { Obligation } from './types';

export type ObligationFilters = Pick<NonNullable<paths['/api/v1/obligations']['get']['parameters']['query']>, 'subjectId' | 'periodKey' | 'status'>;

const pageSize = 200;
/** A subject owes a few dozen obligations a year; five pages is far beyond what a screen lists. */
const maxPages = 5;

/** Every obligation matching the filters (following the cursor a few pages at most). */
export async function listObligations(client: ApiClient, filters: ObligationFilters): Promise<Obligation[]> {
  const items: Obligation[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = expectData(
      await client.GET('/api/v1/obligations', { params: { query: { ...filters, limit: pageSize, ...(cursor ? { cursor } : {}) } } }),
    );
    items.push(...result.items);
    cursor = result.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return items;
}

export const obligationsQueryOptions = (client: ApiClient, filters: ObligationFilters) =>
  queryOptions({
    queryKey: dutyKeys.obligationList(filters),
    queryFn: () => listObligations(client, filters),
  });

export function useObligations(filters: ObligationFilters, enabled = true) {
  return useQuery({ ...obligationsQueryOptions(useApiClient(), filters), enabled });
}
