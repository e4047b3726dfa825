import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { dutyKeys } from './keys';

export type SigningProgress = components['schemas']['SigningProgress'];
export type SigningRow = components['schemas']['SigningProgressRow'];
export type UnsignedList = components['schemas']['UnsignedList'];

export interface UnsignedFilters {
  year: number;
  level?: SigningRow['level'];
  holderKind?: SigningRow['holderKind'];
}

export const signingProgressQueryOptions = (client: ApiClient, year: number) =>
  queryOptions({
    queryKey: [...dutyKeys.all, 'signing-progress', year],
    queryFn: async () => expectData(await client.GET('/api/v1/duty-reports/signing-progress', { params: { query: { year } } })),
  });

export function useSigningProgress(year: number) {
  return useQuery(signingProgressQueryOptions(useApiClient(), year));
}

export const unsignedQueryOptions = (client: ApiClient, filters: UnsignedFilters) =>
  infiniteQueryOptions({
    queryKey: [...dutyKeys.all, 'unsigned', filters],
    queryFn: async ({ pageParam }) =>
      expectData(await client.GET('/api/v1/duty-reports/signing-progress/unsigned', { params: { query: { ...filters, limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useUnsignedLists(filters: UnsignedFilters) {
  return useInfiniteQuery(unsignedQueryOptions(useApiClient(), filters));
}
