import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionSpec } from './action-spec';

interface Props<A extends string> {
  specs: Readonly<Record<A, Pick<ActionSpec<never, never>, 'tone'>>>;
  /** Every action in button order. */
  order: readonly A[];
  /** What the server says this caller may do now (the record's allowedActions). */
  allowed: readonly string[];
  labelOf: (action: A) => string;
  /** The open action's dialog; it calls `close` when done or cancelled. */
  dialog: (action: A, close: () => void) => ReactNode;
}

/** Exactly the actions the server allows, in the resource's order and tones, each opening its dialog. */
export function WorkflowActionBar<A extends string>({ specs, order, allowed, labelOf, dialog }: Props<A>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<A>();
  const shown = order.filter((action) => allowed.includes(action));
  if (shown.length === 0) return null;
  return (
    <>
      <Flex wrap gap="small" data-testid="workflow-actions" role="group" aria-label={t('workflow.label')}>
        {shown.map((action) => (
          <Button
            key={action}
            type={specs[action].tone === 'primary' ? 'primary' : 'default'}
            danger={specs[action].tone === 'danger'}
            onClick={() => {
              setOpen(action);
            }}
          >
            {labelOf(action)}
          </Button>
        ))}
      </Flex>
      {open &&
        dialog(open, () => {
          setOpen(undefined);
        })}
    </>
  );
}
