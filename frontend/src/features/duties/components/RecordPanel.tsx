import { Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentThumb } from '@/lib/AttachmentThumb';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { WorkflowTimeline } from '@/lib/workflow/WorkflowTimeline';
import { useRecord, useRecordHistory } from '../api/get-fulfilment-record';
import type { FulfilmentRecord } from '../api/record-fulfilment';
import { RecordActionBar } from './RecordActionBar';
import { RecordStateTag } from './RecordStateTag';
import { isRecordAction } from './record-action-specs';

/** What a record is about, in words: the duty and who holds it (from its list). */
export interface RecordContext {
  duty: string;
  holder: string;
}

function performerText(record: FulfilmentRecord): string {
  return record.performers.map((p) => p.personName ?? p.personRef ?? '—').join('、');
}

function RecordTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useRecordHistory(id);
  if (history.isPending) return <Spin />;
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <WorkflowTimeline
      testId="record-timeline"
      steps={history.data.map((e) => ({
        key: e.seq,
        title: isRecordAction(e.action) ? t(`label.enum.FulfilmentAction.${e.action}`) : t(`label.event.${e.action}`, { defaultValue: e.action }),
        toState: e.toState === e.fromState ? undefined : t(`label.enum.FulfilmentState.${e.toState}`),
        actorName: e.actor,
        at: e.at,
        comment: e.comment,
        details: [],
      }))}
    />
  );
}

/**
 * One record under review: the duty and its holder, when and where, what was done and by whom, the evidence files,
 * the last review, exactly the actions the server allows this reviewer, and the history.
 */
export function RecordPanel({ id, context }: { id: string; context: RecordContext | undefined }) {
  const { t, i18n } = useTranslation();
  const query = useRecord(id);
  if (query.isPending) return <Spin />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { record } = query.data;
  const where = [record.place, record.latitude != null && record.longitude != null ? `${record.latitude}, ${record.longitude}` : null].filter(Boolean).join(' · ');
  return (
    <Card size="small" data-testid="record-panel" title={context?.duty ?? t('records.review.record')} extra={<RecordStateTag state={record.state} />}>
      <Flex vertical gap="middle">
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('lists.field.holder')}>{context?.holder ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('records.review.period')}>
            {record.periodKey}
            {record.late && (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                {t('records.review.late')}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('records.field.date')}>{record.date}</Descriptions.Item>
          <Descriptions.Item label={t('records.field.place')}>{where || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('records.field.summary')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{record.summary}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('records.field.performers')}>{performerText(record)}</Descriptions.Item>
          {record.participants.length > 0 && <Descriptions.Item label={t('records.review.participants')}>{record.participants.join('、')}</Descriptions.Item>}
          <Descriptions.Item label={t('records.review.source')}>
            {t(`label.enum.FulfilmentSource.${record.source}`)} · {record.enteredBy}
            {record.submittedAt && ` · ${new Date(record.submittedAt).toLocaleString(i18n.language)}`}
          </Descriptions.Item>
          {record.review && (
            <Descriptions.Item label={t('records.review.lastReview')}>
              {record.review.by} · {isRecordAction(record.review.decision) ? t(`label.enum.FulfilmentAction.${record.review.decision}`) : record.review.decision}
              {record.review.reason && ` · ${record.review.reason}`}
            </Descriptions.Item>
          )}
        </Descriptions>
        <div>
          <Typography.Text strong>{t('records.review.evidence', { count: record.attachments.length })}</Typography.Text>
          {record.attachments.length === 0 ? (
            <Typography.Text type="secondary"> · {t('records.review.noEvidence')}</Typography.Text>
          ) : (
            <Flex wrap gap="small" style={{ marginTop: 4 }} data-testid="record-evidence">
              {record.attachments.map((a) => (
                <AttachmentThumb key={a.id} attachment={a} testId="record-photo" />
              ))}
            </Flex>
          )}
        </div>
        <RecordActionBar versioned={query.data} subject={context?.duty ?? record.summary} onReload={() => void query.refetch()} />
        <RecordTimeline id={record.id} />
      </Flex>
    </Card>
  );
}
