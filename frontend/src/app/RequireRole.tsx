import type { ReactNode } from 'react';
import { QueryPending } from '@/lib/QueryPending';
import { hasAnyRole, useMe, type Role } from '@/lib/session';
import { NotFoundPage } from './NotFoundPage';

/** Hides a page from roles that may not use it; the API enforces the same rule with 403. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <QueryPending query={me} />;
  if (!me.data || !hasAnyRole(me.data.roles, roles)) return <NotFoundPage />;
  return children;
}
