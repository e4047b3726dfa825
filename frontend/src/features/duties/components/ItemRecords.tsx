import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueuedFulfilment } from '@/lib/offline-queue/types';
import type { DutyItem } from '../api/list-types';
import type { FulfilmentRecord } from '../api/record-fulfilment';
import { RecordStateTag } from './RecordStateTag';

const queueTone = { queued: 'neutral', sending: 'amber', failed: 'red', sent: 'green' } as const;

/**
 * A duty item's records on the holder's phone: those still on the phone (待上传, 上传中, 上传失败) above those the
 * server holds with their state and the last review, and 记录履职 when the caller may record.
 */
export function ItemRecords({ listId, item, records, pending, canRecord }: { listId: string; item: DutyItem; records: readonly FulfilmentRecord[]; pending: readonly QueuedFulfilment[]; canRecord: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="item-records" data-testid="item-records">
      {(pending.length > 0 || records.length > 0) && (
        <ul className="item-record-rows" aria-label={t('records.ofItem')}>
          {pending.map((q) => (
            <li key={q.id} className="item-record-row" data-testid="item-record" data-state={`queue-${q.status}`}>
              <span>
                {q.input.date} · {q.input.summary}
              </span>
              <span className={`status-badge tone-${queueTone[q.status]}`}>{t(`hazards.queue.status.${q.status}`)}</span>
            </li>
          ))}
          {records.map((r) => (
            <li key={r.id} className="item-record-row" data-testid="item-record" data-state={r.state}>
              <span>
                {r.date} · {r.summary}
                {r.review?.decision === 'REJECT' && r.state === 'DRAFT' && (
                  <span className="field-hint"> · {t('records.rejected', { reason: r.review.reason ?? '' })}</span>
                )}
              </span>
              <RecordStateTag state={r.state} />
            </li>
          ))}
        </ul>
      )}
      {canRecord && (
        <Link className="btn btn-block" to={`/duties/lists/${encodeURIComponent(listId)}/record/${encodeURIComponent(item.id)}`}>
          {t('records.record')}
        </Link>
      )}
    </div>
  );
}
