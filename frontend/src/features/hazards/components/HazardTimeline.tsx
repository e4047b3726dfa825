import { Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useHazardHistory } from '../api/get-hazard-history';
import { isHazardAction, isHazardState, type HazardEvent } from '../api/types';

const colors: Record<string, string> = { REPORT: 'blue', REJECT: 'gray', ACCEPT: 'green', FIX_ON_SPOT: 'green', SEND_BACK: 'red', ESCALATE: 'red' };

function EventData({ data }: { data: HazardEvent['data'] }) {
  if (!data) return null;
  const entries = Object.entries(data).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length === 0) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {entries.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean)}`).join(' · ')}
    </Typography.Text>
  );
}

/** 一患一档: every step with who, when, what and the comment, oldest first. */
export function HazardTimeline({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const history = useHazardHistory(id);
  if (history.isPending) return <Spin />;
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  const label = (action: string) =>
    action === 'REPORT' ? t('hazards.history.REPORT') : isHazardAction(action) ? t(`hazards.enum.action.${action}`) : t(`hazards.history.${action}`, { defaultValue: action });
  return (
    <Timeline
      data-testid="hazard-history"
      items={history.data.map((event) => ({
        key: event.seq,
        color: colors[event.action] ?? 'blue',
        children: (
          <div>
            <div>
              <Typography.Text strong>{label(event.action)}</Typography.Text>
              {isHazardState(event.toState) && event.fromState !== event.toState && (
                <Typography.Text type="secondary"> → {t(`hazards.enum.state.${event.toState}`)}</Typography.Text>
              )}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {event.actorName} · {new Date(event.at).toLocaleString(i18n.language)}
            </Typography.Text>
            {event.comment && <div>{event.comment}</div>}
            <EventData data={event.data} />
          </div>
        ),
      }))}
    />
  );
}
