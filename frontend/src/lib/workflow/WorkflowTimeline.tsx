import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** One step of a record's history, already labelled by its resource. */
export interface TimelineStep {
  key: string | number;
  /** What was done: the action's label (or the resource's own event label). */
  title: string;
  /** The state it led to, when the step changed the state. */
  toState?: string;
  actorName: string;
  at: string;
  comment?: string | null;
  /** The step's data as label/value pairs, in reading order. */
  details: readonly { key: string; label: string; value: string }[];
  color?: string;
}

function Details({ details }: { details: TimelineStep['details'] }) {
  if (details.length === 0) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid="workflow-event-data">
      {details.map((d, i) => (
        <span key={d.key}>
          {i > 0 && ' · '}
          {d.label}: {d.value}
        </span>
      ))}
    </Typography.Text>
  );
}

/** A workflow record's history (一患一档 for hazards): every step with who, when, what and the comment, oldest first. */
export function WorkflowTimeline({ steps, testId }: { steps: readonly TimelineStep[]; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <Timeline
      data-testid={testId}
      items={steps.map((step) => ({
        key: step.key,
        color: step.color ?? 'blue',
        children: (
          <div>
            <div>
              <Typography.Text strong>{step.title}</Typography.Text>
              {step.toState && <Typography.Text type="secondary"> → {step.toState}</Typography.Text>}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid="workflow-event-when">
              {step.actorName} · {new Date(step.at).toLocaleString(i18n.language)}
            </Typography.Text>
            {step.comment && <div>{step.comment}</div>}
            <Details details={step.details} />
          </div>
        ),
      }))}
    />
  );
}
