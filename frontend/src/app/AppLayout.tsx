import { Layout } from 'antd';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { ReportSync } from '@/features/hazards/components/ReportSync';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useMe } from '@/lib/session';
import { useMediaQuery } from '@/lib/use-media-query';
import { AppHeader } from './AppHeader';
import { BottomNav } from './MainNav';
import { OfflineBanner } from './OfflineBanner';
import { phoneMoreItems, phoneNavItems, visibleNavItems } from './navigation';
import { RouteErrorBoundary } from './RouteErrorBoundary';

const SideNav = lazy(() => import('./SideNav').then((m) => ({ default: m.SideNav })));

export const desktopQuery = '(min-width: 768px)';

interface Props {
  onLogout: () => void;
  /** Set when the app started offline on the last known identity: no token, so nothing is sent until then. */
  onSignIn?: () => void;
}

/** Side navigation on desktops, a bottom tab bar on phones; items follow the caller's roles. */
export function AppLayout({ onLogout, onSignIn }: Props) {
  const desktop = useMediaQuery(desktopQuery);
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const items = visibleNavItems(roles);

  return (
    <Layout className={desktop ? 'app desktop' : 'app phone'}>
      <AppHeader me={me.data} compact={!desktop} onLogout={onLogout} />
      {onSignIn && <OfflineBanner onSignIn={onSignIn} />}
      <Layout>
        {desktop && (
          <Layout.Sider width={200} theme="light" className="app-sider">
            <Suspense fallback={null}>
              <SideNav items={items} />
            </Suspense>
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          {me.isError ? (
            <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
          ) : (
            <RouteErrorBoundary>
              <Outlet />
            </RouteErrorBoundary>
          )}
        </Layout.Content>
      </Layout>
      {!desktop && <BottomNav items={phoneNavItems(roles)} more={phoneMoreItems(roles)} onLogout={onLogout} />}
      {!onSignIn && <ReportSync />}
    </Layout>
  );
}
