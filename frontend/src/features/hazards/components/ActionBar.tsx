import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hazardActions, type HazardAction } from '../api/types';
import type { VersionedHazard } from '../api/get-hazard';
import { ActionDialog } from './ActionDialog';

const primary: readonly HazardAction[] = ['CONFIRM', 'START_RECTIFICATION', 'SUBMIT_FOR_ACCEPTANCE', 'ACCEPT', 'APPROVE_EXTENSION'];
const danger: readonly HazardAction[] = ['REJECT', 'SEND_BACK', 'REFUSE_EXTENSION'];

/** Exactly the actions the server lists for this caller (allowedActions), each opening its form. */
export function ActionBar({ versioned, onReload }: { versioned: VersionedHazard; onReload: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<HazardAction>();
  const allowed = hazardActions.filter((a) => versioned.hazard.allowedActions.includes(a));
  if (allowed.length === 0) return null;
  return (
    <>
      <Flex wrap gap="small" data-testid="hazard-actions" role="group" aria-label={t('hazards.action.label')}>
        {allowed.map((action) => (
          <Button
            key={action}
            type={primary.includes(action) ? 'primary' : 'default'}
            danger={danger.includes(action)}
            onClick={() => {
              setOpen(action);
            }}
          >
            {t(`label.enum.Action.${action}`)}
          </Button>
        ))}
      </Flex>
      {open && (
        <ActionDialog
          action={open}
          hazard={versioned.hazard}
          etag={versioned.etag}
          onClose={() => {
            setOpen(undefined);
          }}
          onReload={onReload}
        />
      )}
    </>
  );
}
