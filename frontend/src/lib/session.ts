import { useQuery } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import type { ApiClient } from './api-client';
import { useApiClient } from './api-context';
import { expectData } from './problem';

/** The signed-in caller as the API sees it: org, roles and scope. Shared by the shell and features. */
export type Me = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];

export const roles = ['admin', 'safety_office', 'department', 'enterprise', 'inspector', 'leader', 'integration'] as const;
export type Role = (typeof roles)[number];

/** Redline's own roles, leaving out Keycloak's defaults (offline_access, default-roles-*, …). */
export function redlineRoles(granted: readonly string[]): Role[] {
  return roles.filter((role) => granted.includes(role));
}

export const meQueryKey = ['me'] as const;

export async function getMe(client: ApiClient): Promise<Me> {
  return expectData(await client.GET('/api/v1/me'));
}

export function useMe() {
  const client = useApiClient();
  return useQuery({ queryKey: meQueryKey, queryFn: () => getMe(client), staleTime: 5 * 60_000 });
}

/** What the caller may do, as /me says: the server computes it from the same role sets its routes check. */
export type Capability = components['schemas']['CallerCapability'];

/** Whether the signed-in caller may do this; false while /me is unknown. */
export function can(me: Pick<Me, 'capabilities'> | undefined, capability: Capability): boolean {
  return me?.capabilities.includes(capability) ?? false;
}
