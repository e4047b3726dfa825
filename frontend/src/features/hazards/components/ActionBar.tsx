import { useTranslation } from 'react-i18next';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import type { VersionedHazard } from '../api/get-hazard';
import { hazardActions } from '../api/types';
import { ActionDialog } from './ActionDialog';
import { hazardActionSpecs } from './action-specs';

/** Exactly the actions the server lists for this caller (allowedActions), each opening its form. */
export function ActionBar({ versioned, onReload }: { versioned: VersionedHazard; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      specs={hazardActionSpecs}
      order={hazardActions}
      allowed={versioned.hazard.allowedActions}
      labelOf={(action) => t(`label.enum.Action.${action}`)}
      dialog={(action, close) => (
        <ActionDialog action={action} hazard={versioned.hazard} etag={versioned.etag} onClose={close} onReload={onReload} />
      )}
    />
  );
}
