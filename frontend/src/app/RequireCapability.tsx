import type { ReactNode } from 'react';
import { QueryPending } from '@/lib/QueryPending';
import { can, useMe, type Capability } from '@/lib/session';
import { NotFoundPage } from './NotFoundPage';

/** Hides a page from callers without its capability (from /me); the API refuses the same callers with 403. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <QueryPending query={me} />;
  if (!can(me.data, capability)) return <NotFoundPage />;
  return children;
}
