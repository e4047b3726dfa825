import { Card, Descriptions, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttachmentLink } from '@/lib/AttachmentLink';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { WorkflowTimeline, type TimelineStep } from '@/lib/workflow/WorkflowTimeline';
import { useAction, useActionHistory } from '../api/accountability';
import { accountabilityVerbs, type AccountabilityAction, type AccountabilityEvent, type AccountabilityStatus, type AccountabilityVerb } from '../api/accountability-types';
import { ActionActionBar } from './ActionActionBar';
import { ActionStatusTag, ActionTypeTag } from './ActionTags';
import { FactLink } from './FactLink';
import { PersonFlagList } from './PersonFlagList';

function stepTitle(e: AccountabilityEvent, t: (key: string) => string): string {
  return (accountabilityVerbs as readonly string[]).includes(e.action)
    ? t(`label.enum.AccountabilityVerb.${e.action as AccountabilityVerb}`)
    : t('accountability.history.PROPOSE');
}

/** The system's own rules in words; a scheme's consequence rule by its code in the scheme (R2 → 考核方案规则 R2). */
const SYSTEM_RULES: ReadonlySet<string> = new Set(['ACCIDENT_TOWNSHIP_HEAD', 'SPOT_CHECK_UNCORRECTED', 'A15_RECTIFICATION']);

export function ruleName(code: string, t: (key: string, o?: Record<string, unknown>) => string): string {
  return SYSTEM_RULES.has(code) ? t(`accountability.rule.${code}`) : t('accountability.rule.scheme', { code });
}

function detailsOf(e: AccountabilityEvent, t: (key: string, o?: Record<string, unknown>) => string): TimelineStep['details'] {
  const data = e.data ?? {};
  const out: { key: string; label: string; value: string }[] = [];
  if (typeof data.dueOn === 'string') out.push({ key: 'dueOn', label: t('accountability.field.dueOn'), value: data.dueOn });
  if (typeof data.reason === 'string') out.push({ key: 'reason', label: t('accountability.field.stepReason'), value: data.reason });
  if (data.late === true) out.push({ key: 'late', label: t('accountability.history.late'), value: t('common.yes') });
  if (typeof data.rule === 'string') out.push({ key: 'rule', label: t('accountability.field.triggerRule'), value: ruleName(data.rule, t) });
  return out;
}

/** 问责事项: what, to whom, why (the facts it rests on), by when; its documents, bars, history and the steps the caller may take. */
export function ActionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const action = useAction(id);
  const history = useActionHistory(id);
  if (action.isError) return <ProblemAlert error={action.error} onRetry={() => void action.refetch()} />;
  const versioned = action.data;
  if (!versioned) return <QueryPending query={action} />;
  const a = versioned.action;
  const steps: TimelineStep[] = (history.data ?? []).map((e) => ({
    key: e.seq,
    title: stepTitle(e, t),
    toState: t(`label.enum.AccountabilityStatus.${e.toState as AccountabilityStatus}`),
    actorName: e.actor,
    at: e.at,
    comment: e.comment,
    details: detailsOf(e, t),
    color: e.toState === 'ESCALATED' ? 'red' : e.toState === 'CLOSED' ? 'green' : 'blue',
  }));
  return (
    <Flex vertical gap="middle" data-testid="action-detail">
      <Flex justify="space-between" align="start" wrap gap="small">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-word' }}>
            {a.title}
          </Typography.Title>
          <Flex wrap gap={4} align="center">
            <Typography.Text type="secondary">{a.code}</Typography.Text>
            <ActionTypeTag type={a.type} />
            <ActionStatusTag status={a.status} overdue={a.overdue} />
          </Flex>
        </div>
        <Link to="/accountability">{t('accountability.backToRegister')}</Link>
      </Flex>
      <ActionActionBar versioned={versioned} onReload={() => void action.refetch()} />
      <Card size="small">
        <ActionFacts action={a} />
      </Card>
      <Card size="small" title={t('accountability.lineage.title')}>
        <List
          size="small"
          dataSource={a.facts}
          locale={{ emptyText: t('accountability.lineage.byHand') }}
          renderItem={(f) => (
            <List.Item>
              <FactLink fact={f} />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('accountability.field.documents')} data-testid="action-documents">
        {a.documents.length === 0 ? (
          <Typography.Text type="secondary">{t('accountability.noDocuments')}</Typography.Text>
        ) : (
          <Flex vertical align="start">
            {a.documents.map((d) => (
              <span key={d.id}>
                <Typography.Text type="secondary">{t(`accountability.purpose.${d.purpose === 'RESPONSE' ? 'RESPONSE' : 'DOCUMENT'}`)}：</Typography.Text>
                <AttachmentLink file={d} />
              </span>
            ))}
          </Flex>
        )}
      </Card>
      {a.personFlags.length > 0 && (
        <Card size="small" title={t('accountability.flags.title')}>
          <PersonFlagList flags={a.personFlags} />
        </Card>
      )}
      <Card size="small" title={t('accountability.history.title')}>
        {history.isError ? <ProblemAlert error={history.error} /> : <WorkflowTimeline steps={steps} testId="action-history" />}
      </Card>
    </Flex>
  );
}

function ActionFacts({ action: a }: { action: AccountabilityAction }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: 'target', label: t('accountability.field.target'), children: a.target.name },
        {
          key: 'persons',
          label: t('accountability.field.persons'),
          children: a.targetPersons.length > 0 ? a.targetPersons.map((p) => (p.postTitle ? `${p.name}（${p.postTitle}）` : p.name)).join('、') : none,
        },
        { key: 'issuer', label: t('accountability.field.issuer'), children: a.issuer.name },
        {
          key: 'dueOn',
          label: t('accountability.field.dueOn'),
          children: (
            <span data-testid="action-due">
              {a.dueOn ?? none}
              {a.overdue && <Typography.Text type="danger"> {t('accountability.overdue')}</Typography.Text>}
            </span>
          ),
        },
        { key: 'rule', label: t('accountability.field.triggerRule'), children: a.triggerRule ? ruleName(a.triggerRule, t) : t('accountability.lineage.byHand') },
        { key: 'createdAt', label: t('accountability.field.createdAt'), children: new Date(a.createdAt).toLocaleDateString() },
        { key: 'reason', label: t('accountability.field.reason'), children: a.reason, span: 3 },
        { key: 'response', label: t('accountability.field.response'), children: a.response ?? none, span: 3 },
        ...(a.closingNote ? [{ key: 'closingNote', label: t('accountability.field.closingNote'), children: a.closingNote, span: 3 }] : []),
      ]}
    />
  );
}
