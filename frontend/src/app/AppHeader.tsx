import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QueueBadge } from '@/features/hazards/components/QueueBadge';
import { lazyWithAntd } from '@/lib/lazy-with-antd';
import type { Me } from '@/lib/session';

// Desktop only: phones never fetch the language switch and its Segmented control for the header.
const HeaderActions = lazyWithAntd(() => import('./HeaderActions').then((m) => m.HeaderActions));

interface Props {
  me: Me | undefined;
  compact: boolean;
  onLogout: () => void;
}

export function AppHeader({ me, compact, onLogout }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-title">
        <span className="app-logo" aria-hidden>
          ▲
        </span>
        <span>{compact ? t('app.shortTitle') : t('app.title')}</span>
      </div>
      <div className="app-header-end">
        {me && (
          <div className="app-user" data-testid="header-user">
            <strong className="app-user-name">{me.name}</strong>
            <span className="app-user-org" data-testid="header-org">
              {me.org.name}
            </span>
          </div>
        )}
        <QueueBadge />
        {/* On a phone, language and logout live in the bottom bar's "更多" drawer. */}
        {!compact && (
          <Suspense fallback={null}>
            <HeaderActions onLogout={onLogout} />
          </Suspense>
        )}
      </div>
    </header>
  );
}
