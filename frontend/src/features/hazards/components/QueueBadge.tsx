import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CloudUploadIcon, DisconnectIcon } from '@/lib/icons';
import { useOnline } from '@/lib/use-online';
import { pendingCount, useReportQueue } from '@/lib/offline-queue/use-report-queue';

/** Header badge: reports still on the phone, and whether the phone is offline. */
export function QueueBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const online = useOnline();
  const count = pendingCount(useReportQueue());
  if (count === 0 && online) return null;
  const label = online ? t('hazards.queue.badge', { count }) : t('hazards.queue.offlineBadge', { count });
  return (
    // A plain button, count and title: the header is in every route's first load.
    <span className="queue-badge" title={label}>
      <button
        type="button"
        className="icon-button"
        aria-label={label}
        data-testid="queue-badge"
        data-count={count}
        onClick={() => void navigate('/hazards/queue')}
      >
        {online ? <CloudUploadIcon /> : <DisconnectIcon className="warning-icon" />}
      </button>
      {count > 0 && (
        <span className="queue-badge-count" aria-hidden>
          {count}
        </span>
      )}
    </span>
  );
}
