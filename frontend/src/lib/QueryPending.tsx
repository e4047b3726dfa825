import { CloudOutlined } from '@ant-design/icons';
import { Alert, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

interface QueryLike {
  fetchStatus: 'fetching' | 'paused' | 'idle';
}

/**
 * What a screen shows while its data has not arrived: a spinner while fetching, but offline with nothing cached
 * the query is paused, and a spinner would turn forever, so it says so instead.
 */
export function QueryPending({ query, padding = 48 }: { query: QueryLike; padding?: number }) {
  const { t } = useTranslation();
  if (query.fetchStatus === 'paused') {
    return <Empty image={<CloudOutlined style={{ fontSize: 40 }} />} description={t('offline.noCache')} data-testid="offline-empty" />;
  }
  return <Spin style={{ display: 'block', padding }} />;
}

/** Above cached data shown while offline: says that it is offline and how old the data is. */
export function OfflineNotice({ updatedAt }: { updatedAt: number }) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  if (online || updatedAt === 0) return null;
  const time = new Date(updatedAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return <Alert type="warning" showIcon role="status" data-testid="offline-notice" title={t('offline.cached', { time })} />;
}
