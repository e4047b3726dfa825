import { Card } from 'antd';
import type { ComponentType, ReactNode } from 'react';
import type { Me } from './session';

/**
 * One card on the 工作台, the first screen after sign-in. A feature contributes its cards by exporting
 * `workbenchCards` from `src/features/<feature>/workbench.tsx`; the page shows those the caller's
 * capabilities (and org, for cards about a kind of org) call for.
 */
export interface WorkbenchCard {
  /** Stable: names the card's test id (`workbench-<id>`). */
  id: string;
  visible: (me: Me) => boolean;
  /** Lower comes first. */
  order: number;
  Component: ComponentType;
}

export function cardsFor(cards: readonly WorkbenchCard[], me: Me): WorkbenchCard[] {
  return cards.filter((card) => card.visible(me)).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

interface PanelProps {
  id: string;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}

/** The frame every card uses: a titled section with a real heading, so it is found by its name. */
export function WorkbenchPanel({ id, title, extra, children }: PanelProps) {
  const headingId = `workbench-${id}-title`;
  return (
    <section aria-labelledby={headingId} data-testid={`workbench-${id}`} className="workbench-card">
      <Card
        size="small"
        title={
          <h2 id={headingId} className="workbench-card-title">
            {title}
          </h2>
        }
        extra={extra}
      >
        {children}
      </Card>
    </section>
  );
}
