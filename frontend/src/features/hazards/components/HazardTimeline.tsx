import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { WorkflowTimeline, type TimelineStep } from '@/lib/workflow/WorkflowTimeline';
import { useHazardHistory } from '../api/get-hazard-history';
import { isHazardState, type HazardEvent } from '../api/types';

const colors: Record<string, string> = { REPORT: 'blue', REJECT: 'gray', ACCEPT: 'green', FIX_ON_SPOT: 'green', SEND_BACK: 'red', ESCALATE: 'red' };

type Translate = ReturnType<typeof useTranslation>['t'];

/** The keys the server writes into an event's data, in the order they read best. */
const knownKeys = [
  'level',
  'source',
  'deadline',
  'previousDeadline',
  'requestedDeadline',
  'rejectionReason',
  'duplicateOf',
  'acceptorKind',
  'acceptorName',
  'documentNumber',
  'escalatedToName',
  'effective',
  'complete',
  'attachments',
] as const;

/** Bookkeeping the server records for machines (a moved ticket's old path, a bulk flag, an org code). */
const hiddenKeys = new Set(['fromScope', 'bulk', 'escalatedTo']);
type KnownKey = (typeof knownKeys)[number];

function isKnownKey(key: string): key is KnownKey {
  return (knownKeys as readonly string[]).includes(key);
}

function enumLabel(t: Translate, prefixes: readonly string[], value: string): string {
  for (const prefix of prefixes) {
    const key = `${prefix}.${value}`;
    const label = t(key, { defaultValue: '' });
    if (label) return label;
  }
  return value;
}

/** A history step reads as the button that made it; REPORT, ESCALATE and MOVE have their own labels. */
export function eventLabel(t: Translate, type: string): string {
  return enumLabel(t, ['label.enum.Action', 'label.event'], type);
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const field of ['code', 'name', 'title']) {
      if (typeof record[field] === 'string') return record[field];
    }
  }
  return JSON.stringify(value);
}

function formatValue(t: Translate, key: string, value: unknown): string {
  if (key === 'attachments') {
    return t('label.value.attachmentCount', { count: Array.isArray(value) ? value.length : Number(value) || 0 });
  }
  if (key === 'complete' && typeof value === 'boolean') {
    return t(value ? 'label.value.yes' : 'label.value.no');
  }
  if (key === 'effective' && typeof value === 'boolean') {
    return t(value ? 'label.value.effective' : 'label.value.ineffective');
  }
  if (typeof value === 'string') {
    if (key === 'level') return enumLabel(t, ['label.enum.Level', 'label.enum.SupervisionLevel'], value);
    if (key === 'rejectionReason') return enumLabel(t, ['label.enum.RejectionReason'], value);
    if (key === 'source') return enumLabel(t, ['label.enum.Source'], value);
    if (key === 'acceptorKind') return enumLabel(t, ['label.enum.AcceptorKind'], value);
  }
  return plain(value);
}

/** The event's details as "label: value" pairs; keys the UI does not know keep their name. */
function eventDetails(t: Translate, data: HazardEvent['data']): { key: string; label: string; value: string }[] {
  if (!data) return [];
  const entries = Object.entries(data).filter(([k, v]) => !hiddenKeys.has(k) && v !== null && v !== undefined && v !== '');
  const rank = (key: string) => (isKnownKey(key) ? knownKeys.indexOf(key) : knownKeys.length);
  return entries
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, value]) => ({
      key,
      label: isKnownKey(key) ? t(`label.eventData.${key}`) : key,
      value: formatValue(t, key, value),
    }));
}

/** 一患一档: the ticket's history in the shared workflow timeline. */
export function HazardTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useHazardHistory(id);
  if (history.isPending) return <Spin />;
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  const steps: TimelineStep[] = history.data.map((event) => ({
    key: event.seq,
    title: eventLabel(t, event.action),
    toState: isHazardState(event.toState) && event.fromState !== event.toState ? t(`label.enum.State.${event.toState}`) : undefined,
    actorName: event.actorName,
    at: event.at,
    comment: event.comment,
    details: eventDetails(t, event.data),
    color: colors[event.action],
  }));
  return <WorkflowTimeline steps={steps} testId="hazard-history" />;
}
