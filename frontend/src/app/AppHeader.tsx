import { Flex, Layout } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QueueBadge } from '@/features/hazards/components/QueueBadge';
import type { Me } from '@/lib/session';

// Desktop only: phones never fetch the language switch and its Segmented control for the header.
const HeaderActions = lazy(() => import('./HeaderActions').then((m) => ({ default: m.HeaderActions })));

interface Props {
  me: Me | undefined;
  compact: boolean;
  onLogout: () => void;
}

export function AppHeader({ me, compact, onLogout }: Props) {
  const { t } = useTranslation();
  return (
    <Layout.Header className="app-header">
      <Flex align="center" gap="small" className="app-title">
        <span className="app-logo" aria-hidden>
          ▲
        </span>
        <span>{compact ? t('app.shortTitle') : t('app.title')}</span>
      </Flex>
      <Flex align="center" gap="small" style={{ minWidth: 0 }}>
        {me && (
          <Flex vertical className="app-user" data-testid="header-user">
            {/* Plain text, not antd's Typography: the header is part of every route's first load. */}
            <strong className="app-user-name">{me.name}</strong>
            <span className="app-user-org" data-testid="header-org">
              {me.org.name}
            </span>
          </Flex>
        )}
        <QueueBadge />
        {/* On a phone, language and logout live in the bottom bar's "更多" drawer. */}
        {!compact && (
          <Suspense fallback={null}>
            <HeaderActions onLogout={onLogout} />
          </Suspense>
        )}
      </Flex>
    </Layout.Header>
  );
}
