import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { WorkflowTimeline, type TimelineStep } from '@/lib/workflow/WorkflowTimeline';
import type { DrillEvent } from '../api/types';

type Translate = ReturnType<typeof useTranslation>['t'];

const colors: Record<string, string> = { START: 'green', END: 'green', APPROVE: 'green', CANCEL: 'gray', TERMINATE: 'red', REJECT: 'red', POSTPONE: 'orange' };

/** The keys the server writes into a drill's or a year plan's event data, in the order they read best. */
const knownKeys = [
  'day',
  'plannedOn',
  'previousPlannedOn',
  'originalPlannedOn',
  'actualStart',
  'actualEnd',
  'actualHeadcount',
  'photos',
  'terminationReason',
  'fileKind',
  'attachments',
  'items',
  'conclusion',
  'totalScore',
  'signedBy',
  'reportedToRegulatorAt',
  'reason',
] as const;
type KnownKey = (typeof knownKeys)[number];

function isKnownKey(key: string): key is KnownKey {
  return (knownKeys as readonly string[]).includes(key);
}

function formatValue(t: Translate, language: string, key: KnownKey, value: unknown): string {
  if (key === 'attachments') return t('label.value.attachmentCount', { count: Array.isArray(value) ? value.length : Number(value) || 0 });
  if (typeof value !== 'string') return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (key === 'terminationReason') return t(`label.enum.TerminationReason.${value}`, { defaultValue: value });
  if (key === 'fileKind') return t(`label.enum.DrillFileKind.${value}`, { defaultValue: value });
  if (key === 'conclusion') return t(`label.enum.DrillEvaluationConclusion.${value}`, { defaultValue: value });
  if (key === 'actualStart' || key === 'actualEnd' || key === 'reportedToRegulatorAt') return new Date(value).toLocaleString(language);
  if (key === 'totalScore') return String(Number(value));
  return value;
}

function details(t: Translate, language: string, event: DrillEvent): { key: string; label: string; value: string }[] {
  const data = event.data;
  if (!data) return [];
  const known: { key: string; label: string; value: string }[] = knownKeys
    // The reason is the step's comment already.
    .filter((key) => data[key] !== null && data[key] !== undefined && data[key] !== '' && !(key === 'reason' && data[key] === event.comment))
    .map((key) => ({ key, label: t(`drills.history.data.${key}`), value: formatValue(t, language, key, data[key]) }));
  const unknown = Object.keys(data)
    .filter((key) => !isKnownKey(key))
    .map((key) => ({ key, label: key, value: JSON.stringify(data[key]) }));
  return [...known, ...unknown];
}

interface Props {
  query: { isPending: boolean; isError: boolean; error: unknown; data?: DrillEvent[]; refetch: () => unknown };
  /** Labels an action of the record's workflow (undefined: not one of them). */
  actionLabel: (action: string) => string | undefined;
  stateLabel: (state: string) => string;
  testId: string;
}

/** A drill's or a yearly plan's history: every step with who, when, the state it led to, the reason and its data in words. */
export function DrillHistory({ query, actionLabel, stateLabel, testId }: Props) {
  const { t, i18n } = useTranslation();
  if (query.isPending) return <Spin />;
  if (query.isError || !query.data) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const steps: TimelineStep[] = query.data.map((e) => ({
    key: e.seq,
    title: actionLabel(e.action) ?? t(`drills.history.event.${e.action}`, { defaultValue: e.action }),
    toState: e.toState === e.fromState ? undefined : stateLabel(e.toState),
    actorName: e.actor,
    at: e.at,
    comment: e.comment,
    details: details(t, i18n.language, e),
    color: colors[e.action],
  }));
  return <WorkflowTimeline steps={steps} testId={testId} />;
}
