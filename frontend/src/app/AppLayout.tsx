import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { postTimelineEntry } from '@/features/drills/api/drill';
import { recordFulfilment } from '@/features/duties/api/record-fulfilment';
import { ReportSync } from '@/features/hazards/components/ReportSync';
import type { QueueSenders } from '@/features/hazards/queue/api-transport';
import { lazyWithAntd } from '@/lib/lazy-with-antd';
import { useMe } from '@/lib/session';
import { useMediaQuery } from '@/lib/use-media-query';
import { AppHeader } from './AppHeader';
import { BottomNav } from './MainNav';
import { OfflineBanner } from './OfflineBanner';
import { phoneMoreItems, phoneNavItems, visibleNavItems } from './navigation';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** How the offline queue stores a fulfilment record and a drill timeline entry (the duties' and drills' requests), handed to the hazards' sync. */
const senders: QueueSenders = {
  record: (client, key, input) => recordFulfilment(client, input, key),
  timelineEntry: (client, drillId, input) => postTimelineEntry(client, drillId, input),
};

const SideNav = lazyWithAntd(() => import('./SideNav').then((m) => m.SideNav));
const ProblemAlert = lazyWithAntd(() => import('@/lib/ProblemAlert').then((m) => m.ProblemAlert));

export const desktopQuery = '(min-width: 768px)';

interface Props {
  onLogout: () => void;
  /** Set when the app started offline on the last known identity: no token, so nothing is sent until then. */
  onSignIn?: () => void;
}

/**
 * Side navigation on desktops, a bottom tab bar on phones; items follow the caller's capabilities (/me). Plain HTML and the app's
 * CSS, no antd: the shell is in every route's first load (the side menu comes with antd, at a desk only).
 */
export function AppLayout({ onLogout, onSignIn }: Props) {
  const desktop = useMediaQuery(desktopQuery);
  const me = useMe();
  const capabilities = me.data?.capabilities ?? [];
  const items = visibleNavItems(capabilities);

  return (
    <div className={desktop ? 'app desktop' : 'app phone'}>
      <AppHeader me={me.data} compact={!desktop} onLogout={onLogout} />
      {onSignIn && <OfflineBanner onSignIn={onSignIn} />}
      <div className="app-body">
        {desktop && (
          <aside className="app-sider">
            <Suspense fallback={null}>
              <SideNav items={items} />
            </Suspense>
          </aside>
        )}
        <main className="app-content">
          {me.isError ? (
            <Suspense fallback={null}>
              <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
            </Suspense>
          ) : (
            <RouteErrorBoundary>
              <Outlet />
            </RouteErrorBoundary>
          )}
        </main>
      </div>
      {!desktop && <BottomNav items={phoneNavItems(capabilities)} more={phoneMoreItems(capabilities)} onLogout={onLogout} />}
      {!onSignIn && <ReportSync senders={senders} />}
    </div>
  );
}
