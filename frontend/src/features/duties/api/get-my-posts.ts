import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import type { Me } from '@/lib/session';
import { dutyKeys } from './keys';

export type Post = components['schemas']['Post'];
type Caller = Pick<Me, 'username' | 'org'>;

/**
 * The posts the caller holds today: the posts of the caller's org whose holder's person reference is the caller's
 * login (how post assignments name people).
 */
export async function myPosts(client: ApiClient, me: Caller): Promise<Post[]> {
  const page = expectData(await client.GET('/api/v1/posts', { params: { query: { orgId: me.org.id, limit: 200 } } }));
  return page.items.filter((post) => post.holder?.personRef === me.username);
}

export const myPostsQueryOptions = (client: ApiClient, me: Caller) =>
  queryOptions({ queryKey: dutyKeys.myPosts(me.username, me.org.id), queryFn: () => myPosts(client, me) });

export function useMyPosts(me: Caller) {
  return useQuery(myPostsQueryOptions(useApiClient(), me));
}
