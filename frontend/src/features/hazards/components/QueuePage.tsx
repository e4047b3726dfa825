import { CloudUploadOutlined, DeleteOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Popconfirm, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnline } from '@/lib/use-online';
import { pendingCount, useReportQueue } from '@/lib/offline-queue/use-report-queue';
import { kickSync } from '@/lib/offline-queue/active-worker';
import { reportDb } from '@/lib/offline-queue/db';
import { makeAllDue } from '@/lib/offline-queue/sync';
import { isHazardReport, type QueuedReport } from '@/lib/offline-queue/types';

const statusColors = { queued: 'default', sending: 'processing', failed: 'error', sent: 'success' } as const;

type Translate = ReturnType<typeof useTranslation>['t'];

/** What the item is, in the queue's words: a ticket's title, a duty, or a drill's timeline entry. */
function itemTitle(item: QueuedReport): string {
  if (item.kind === 'fulfilment') return item.dutyText;
  return item.kind === 'drill-log' ? item.input.text : item.input.title;
}

function itemContext(t: Translate, item: QueuedReport): string | undefined {
  if (item.kind === 'fulfilment') return t('hazards.queue.record', { date: item.input.date });
  if (item.kind === 'drill-log') return t('hazards.queue.drillEntry', { drill: item.drillTitle, kind: t(`label.enum.TimelineKind.${item.input.kind}`) });
  return item.enterpriseName;
}

function QueueItem({ item }: { item: QueuedReport }) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small" data-testid="queue-item" data-status={item.status}>
      <Flex justify="space-between" gap="small" align="start">
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {itemTitle(item)}
        </Typography.Text>
        <Tag color={statusColors[item.status]}>{t(`hazards.queue.status.${item.status}`)}</Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {[itemContext(t, item), new Date(item.createdAt).toLocaleString(i18n.language), item.photos.length > 0 ? t('hazards.queue.photos', { count: item.photos.length }) : null]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
      {item.status === 'queued' && item.lastError && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('hazards.queue.willRetry', { error: item.lastError, attempts: item.attempts })}
        </Typography.Text>
      )}
      {item.status === 'failed' && item.failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 8 }}
          title={item.failure.title}
          description={
            <>
              {item.failure.detail && <div>{item.failure.detail}</div>}
              {item.failure.errors.length > 0 && (
                <ul>
                  {item.failure.errors.map((e) => (
                    <li key={`${e.field}:${e.message}`}>{e.field ? `${e.field}: ${e.message}` : e.message}</li>
                  ))}
                </ul>
              )}
            </>
          }
        />
      )}
      <Flex gap="small" wrap style={{ marginTop: 8 }}>
        {item.status === 'sent' && isHazardReport(item) && item.hazardId && (
          <Link to={`/hazards/${item.hazardId}`}>{t('hazards.queue.open', { code: item.hazardCode ?? '' })}</Link>
        )}
        {item.kind === 'fulfilment' && <Link to={`/duties/lists/${encodeURIComponent(item.listId)}`}>{t('hazards.queue.openList')}</Link>}
        {item.kind === 'drill-log' && <Link to={`/drills/${encodeURIComponent(item.drillId)}/log`}>{t('hazards.queue.openDrill')}</Link>}
        {item.status === 'failed' && isHazardReport(item) && (
          <Link to={`/hazards/report?edit=${encodeURIComponent(item.id)}`}>
            <Button size="small" icon={<EditOutlined />}>
              {t('hazards.queue.fix')}
            </Button>
          </Link>
        )}
        {item.status !== 'sent' && item.status !== 'sending' && (
          <Popconfirm title={t('hazards.queue.deleteConfirm')} onConfirm={() => void reportDb.reports.delete(item.id)}>
            <Button size="small" danger icon={<DeleteOutlined />}>
              {t('hazards.queue.delete')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Card>
  );
}

/** 待上传: what the phone holds, what is being sent, what the server refused, and what just arrived. */
export function QueuePage() {
  const { t } = useTranslation();
  const online = useOnline();
  const items = useReportQueue();
  if (!items) return <Spin style={{ display: 'block', padding: 48 }} />;
  const waiting = pendingCount(items);
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 640 }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('hazards.queue.title')}
        </Typography.Title>
        <Tag icon={<CloudUploadOutlined />} color={online ? 'success' : 'warning'} data-testid="network-state">
          {online ? t('hazards.queue.online') : t('hazards.queue.offline')}
        </Tag>
      </Flex>
      <Typography.Text type="secondary" data-testid="queue-summary">
        {waiting > 0 ? t('hazards.queue.pending', { count: waiting }) : t('hazards.queue.allSent')}
      </Typography.Text>
      {waiting > 0 && online && (
        <Button icon={<ReloadOutlined />} onClick={() => void makeAllDue(reportDb).then(kickSync)}>
          {t('hazards.queue.sendNow')}
        </Button>
      )}
      {items.length === 0 ? (
        <Empty description={t('hazards.queue.empty')} />
      ) : (
        items.map((item) => <QueueItem key={item.id} item={item} />)
      )}
    </Flex>
  );
}
