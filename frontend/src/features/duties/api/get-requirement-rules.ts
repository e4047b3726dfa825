import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { dutyKeys } from './keys';
import type { RequirementRule } from './types';

export async function listRequirementRules(client: ApiClient): Promise<RequirementRule[]> {
  return expectData(await client.GET('/api/v1/requirement-rules')).items;
}

export const requirementRulesQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: dutyKeys.rules(),
    queryFn: () => listRequirementRules(client),
    // Rules change by a district's decision, not by the minute.
    staleTime: 10 * 60_000,
  });

export function useRequirementRules() {
  return useQuery(requirementRulesQueryOptions(useApiClient()));
}
