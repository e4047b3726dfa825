import { useTranslation } from 'react-i18next';
import type { FulfilmentRecord } from '../api/record-fulfilment';

/** 三色 of a record's state: accepted green, waiting for review amber, disputed or falsified red; the text says it. */
export const recordStateTone: Record<FulfilmentRecord['state'], 'green' | 'amber' | 'red' | 'neutral'> = {
  ACCEPTED: 'green',
  AMENDED: 'neutral',
  SUBMITTED: 'amber',
  DRAFT: 'neutral',
  DISPUTED: 'red',
  FALSIFIED: 'red',
};

export function RecordStateTag({ state }: { state: FulfilmentRecord['state'] }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge tone-${recordStateTone[state]}`} data-testid="record-state">
      {t(`label.enum.FulfilmentState.${state}`)}
    </span>
  );
}
