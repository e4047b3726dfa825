import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from './Spinner';
import { useOnline } from './use-online';

interface QueryLike {
  fetchStatus: 'fetching' | 'paused' | 'idle';
}

/**
 * What a screen shows while its data has not arrived: a spinner while fetching, but offline with nothing cached
 * the query is paused, and a spinner would turn forever, so it says so instead. Plain HTML: the report route waits
 * on the caller's roles with it on its first load.
 */
export function QueryPending({ query, padding = 48 }: { query: QueryLike; padding?: number }) {
  const { t } = useTranslation();
  if (query.fetchStatus === 'paused') {
    return (
      <div className="offline-empty" data-testid="offline-empty" style={{ padding }}>
        <span className="offline-empty-icon" aria-hidden>
          ☁
        </span>
        <p>{t('offline.noCache')}</p>
      </div>
    );
  }
  return (
    <div style={{ padding }}>
      <Spinner />
    </div>
  );
}

/** Above cached data shown while offline: says that it is offline and how old the data is. */
export function OfflineNotice({ updatedAt }: { updatedAt: number }) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  if (online || updatedAt === 0) return null;
  const time = new Date(updatedAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <p className="notice notice-warning" role="status" data-testid="offline-notice">
      {t('offline.cached', { time })}
    </p>
  );
}

/**
 * `loading` and the empty text for a list or table fed by a query: it spins while fetching, but a query paused
 * offline with nothing cached (a filter never loaded before) says so instead of spinning forever.
 */
export function useListPending(query: QueryLike & { isPending: boolean }, emptyText: ReactNode) {
  const { t } = useTranslation();
  const paused = query.isPending && query.fetchStatus === 'paused';
  return {
    loading: query.isPending && !paused,
    emptyText: paused ? (
      <span className="offline-empty" data-testid="offline-empty">
        {t('offline.noCache')}
      </span>
    ) : (
      emptyText
    ),
  };
}
