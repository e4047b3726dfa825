import { useTranslation } from 'react-i18next';
import type { ObligationStatus } from '../api/types';
import { statusTone } from '../periods';

/** An obligation's status in its 三色 colour and in words; plain HTML, for phone and desk alike. */
export function StatusBadge({ status }: { status: ObligationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge tone-${statusTone[status]}`} data-testid="obligation-status" data-status={status}>
      {t(`label.enum.ObligationStatus.${status}`)}
    </span>
  );
}
