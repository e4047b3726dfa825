import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { dutyKeys } from './keys';

export type MyDuties = components['schemas']['MyDuties'];
export type MyDuty = components['schemas']['MyDuty'];

/** What the caller owes in the periods running today: the posts they hold today and their org, at risk first. */
export async function getMyDuties(client: ApiClient): Promise<MyDuties> {
  return expectData(await client.GET('/api/v1/duty-reports/my-duties'));
}

export const myDutiesQueryOptions = (client: ApiClient) => queryOptions({ queryKey: [...dutyKeys.all, 'mine'], queryFn: () => getMyDuties(client) });

export function useMyDuties() {
  return useQuery(myDutiesQueryOptions(useApiClient()));
}
