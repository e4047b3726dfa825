import { Alert, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Modal, Result, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { useMe } from '@/lib/session';
import { useAssessment, useAssessmentScore, useSetValue } from '../api/assessments';
import { useScheme } from '../api/schemes';
import { appliesTo, leaves as leavesOf, pts, type Assessment, type ExplainedScore, type Indicator, type Scheme, type ValueEntry, type ValueInput } from '../api/types';
import { AssessmentActionBar } from './AssessmentActionBar';
import { ScoreSheetDownloads } from './ReportDownloads';
import { latestSelf, SelfAssessForm, selfWords } from './SelfAssessForm';
import { AssessmentStatusTag } from './StatusTags';

type Entry = 'SELF' | 'DEPARTMENT' | 'REVIEW';

/** The value in force of a kind on a leaf: the latest, none when the latest is a withdrawal. */
function latest(values: readonly ValueEntry[], kind: ValueEntry['kind'], code: string): ValueEntry | undefined {
  const last = [...values].reverse().find((v) => v.kind === kind && v.code === code);
  return last?.withdrawn ? undefined : last;
}

/** Who set a value and when, as officials read it. */
function By({ entry }: { entry: ValueEntry }) {
  const { i18n } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
      {entry.setBy} · {new Date(entry.setAt).toLocaleString(i18n.language)}
    </Typography.Text>
  );
}

/** A score entered by a scoring department or the review group: points within the leaf's maximum, a reason (required for a review). */
function PointsForm({ assessmentId, leaf, kind, onDone }: { assessmentId: string; leaf: Indicator; kind: 'DEPARTMENT' | 'REVIEW'; onDone: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const setValue = useSetValue();
  const [error, setError] = useState<unknown>(null);
  const onFinish = async (v: { points: number; reason?: string }) => {
    setError(null);
    try {
      const input: ValueInput = { kind, code: leaf.code, points: v.points };
      if (v.reason?.trim()) input.reason = v.reason.trim();
      await setValue.mutateAsync({ id: assessmentId, input });
      void message.success(t('assessments.entry.saved'));
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Form<{ points: number; reason?: string }> layout="vertical" onFinish={(v) => void onFinish(v)} disabled={setValue.isPending} data-testid="points-form">
      <Form.Item name="points" label={t('assessments.entry.points', { max: pts(leaf.maxPoints) })} rules={[{ required: true, message: t('assessments.form.required') }]}>
        <InputNumber aria-label={t('assessments.entry.pointsLabel')} min={0} max={leaf.maxPoints ?? 1000} step={0.5} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t(kind === 'REVIEW' ? 'assessments.entry.reviewReason' : 'assessments.entry.departmentReason')}
        rules={kind === 'REVIEW' ? [{ required: true, whitespace: true, message: t('assessments.entry.reasonRequired') }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} aria-label={t(kind === 'REVIEW' ? 'assessments.entry.reviewReason' : 'assessments.entry.departmentReason')} />
      </Form.Item>
      {error !== null && <ProblemAlert error={error} />}
      <Button type="primary" htmlType="submit" loading={setValue.isPending}>
        {t('assessments.entry.save')}
      </Button>
    </Form>
  );
}

/** Every value ever set on a leaf and the trace of its points: the rule, snapshot or evidence and who set it. */
function LeafExplanation({ leaf, explained }: { leaf: Indicator; explained: ExplainedScore }) {
  const { t } = useTranslation();
  const trace = explained.score.trace.filter((s) => s.indicator === leaf.code);
  const values = explained.values.filter((v) => v.code === leaf.code);
  const ruleName = (ref: string | null) => leaf.deductionRules?.find((r) => r.code === ref)?.when ?? leaf.checklist?.find((c) => c.code === ref)?.text ?? null;
  return (
    <Flex vertical gap={4} data-testid="leaf-explanation">
      {trace.map((s, i) => (
        <div key={`${s.source}-${String(i)}`}>
          <Tag>{t(`assessments.source.${s.source}`, { defaultValue: s.source })}</Tag>
          {ruleName(s.ref) ?? ''}
          {s.points !== null && <strong> {s.points > 0 && s.source !== 'RULE' ? '' : ''}{pts(s.points)} {t('assessments.points')}</strong>}
          {s.setBy && <Typography.Text type="secondary"> · {s.setBy.split(' ')[0]}</Typography.Text>}
          {s.evidence.length > 0 && <Typography.Text type="secondary"> · {t('assessments.evidenceCount', { count: s.evidence.length })}</Typography.Text>}
        </div>
      ))}
      {values.length > 0 && <Typography.Text strong>{t('assessments.entry.history')}</Typography.Text>}
      {values.map((v) => (
        <div key={v.seq} data-testid="value-entry">
          <Tag color="blue">{t(`label.enum.AssessmentValueKind.${v.kind}`)}</Tag>
          {v.kind === 'SELF' ? selfWords(v, leaf, t) : t('assessments.entry.pointsSet', { points: pts(v.points) })}
          {v.reason && <span>：{v.reason}</span>}
          {v.evidence.length > 0 && <Typography.Text type="secondary"> · {t('assessments.evidenceCount', { count: v.evidence.length })}</Typography.Text>}
          <By entry={v} />
        </div>
      ))}
    </Flex>
  );
}

/**
 * A failing target's rectification is tracked once, by its 整改方案 in the accountability register: the plan is filed
 * and accepted there, and its end closes this assessment. Shown here with its state and due day, and a link to act.
 */
function RectificationNotice({ rectification: r }: { rectification: NonNullable<Assessment['rectification']> }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={r.overdue ? 'error' : r.status === 'CLOSED' ? 'success' : 'info'}
      showIcon
      style={{ marginTop: 8 }}
      data-testid="assessment-rectification"
      data-status={r.status}
      title={t('assessments.rectification.title', { code: r.code })}
      description={
        <span>
          {t('assessments.rectification.state', { status: t(`label.enum.AccountabilityStatus.${r.status}`), due: r.dueOn ?? t('common.none') })}
          {r.overdue && ` ${t('assessments.rectification.overdue')}`} <Link to={`/accountability/${r.id}`}>{t('assessments.rectification.open')}</Link>
        </span>
      }
    />
  );
}

function ScoreCard({ a, explained, scheme }: { a: Assessment; explained: ExplainedScore; scheme: Scheme }) {
  const { t } = useTranslation();
  const s = explained.score;
  const band = (code: string | null) => scheme.definition.gradeBands.find((b) => b.code === code)?.label ?? code ?? t('common.none');
  return (
    <Card size="small" title={t('assessments.detail.score')}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
        <Descriptions.Item label={t('assessments.detail.base')}>{pts(s.base)}</Descriptions.Item>
        {scheme.definition.rescale && <Descriptions.Item label={t('assessments.detail.scaled')}>{pts(s.scaled)}</Descriptions.Item>}
        <Descriptions.Item label={t('assessments.detail.bonus')}>
          {pts(s.bonus)}
          {s.bonusRaw > s.bonus ? t('assessments.detail.capped', { raw: pts(s.bonusRaw) }) : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.detail.deductions')}>{pts(s.deductions)}</Descriptions.Item>
        <Descriptions.Item label={t('assessments.detail.total')}>
          <strong data-testid="assessment-total">{pts(s.total)}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.detail.grade')}>
          <span data-testid="assessment-grade">{band(s.grade)}</span>
          {s.grade !== s.bandGrade ? t('assessments.detail.bandWas', { band: band(s.bandGrade) }) : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.detail.rank')}>{a.rank ?? s.rank ?? t('common.none')}</Descriptions.Item>
        {a.signedBy && <Descriptions.Item label={t('assessments.field.signedBy')}>{a.signedBy}</Descriptions.Item>}
        {a.selfDue && <Descriptions.Item label={t('assessments.field.supplementDue')}>{a.selfDue}</Descriptions.Item>}
        {a.objectionDue && <Descriptions.Item label={t('assessments.detail.objectionDue')}>{a.objectionDue}</Descriptions.Item>}
        {a.planDue && !a.rectification && <Descriptions.Item label={t('assessments.detail.planDue')}>{a.planDue}</Descriptions.Item>}
      </Descriptions>
      {s.vetoes.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="vetoes"
          title={s.vetoes
            .map((v) => `${scheme.definition.vetoRules.find((r) => r.code === v.rule)?.name ?? v.rule}：${t(`label.enum.AssessmentVetoEffect.${v.effect}`)}`)
            .join('；')}
        />
      )}
      {a.awardBar && s.vetoes.length === 0 && <Alert type="warning" showIcon title={t('assessments.detail.awardBar')} />}
      {a.rectification && <RectificationNotice rectification={a.rectification} />}
    </Card>
  );
}

/** 加减分与否决 by the assessment group while reviewing. */
function AdjustmentsCard({ a, scheme, explained }: { a: Assessment; scheme: Scheme; explained: ExplainedScore }) {
  const { t } = useTranslation();
  const message = useMessage();
  const setValue = useSetValue();
  const [error, setError] = useState<unknown>(null);
  const d = scheme.definition;
  const manualVetoes = d.vetoRules.filter((v) => v.manual);
  const options = [
    ...d.adjustmentRules.map((r) => ({ value: `ADJUSTMENT:${r.code}`, label: `${t(`label.enum.AssessmentAdjustmentKind.${r.kind}`)}：${r.name}` })),
    ...manualVetoes.map((r) => ({ value: `VETO:${r.code}`, label: `${t('label.enum.AssessmentValueKind.VETO')}：${r.name}` })),
  ];
  const set = explained.values.filter((v) => v.kind === 'ADJUSTMENT' || v.kind === 'VETO');
  if (options.length === 0) return null;
  const onFinish = async (v: { rule: string; occurrences?: number; reason: string }) => {
    setError(null);
    const [kind, code] = v.rule.split(':') as ['ADJUSTMENT' | 'VETO', string];
    try {
      await setValue.mutateAsync({ id: a.id, input: { kind, code, reason: v.reason.trim(), ...(kind === 'ADJUSTMENT' ? { occurrences: v.occurrences ?? 1 } : {}) } });
      void message.success(t('assessments.entry.saved'));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Card size="small" title={t('assessments.detail.adjustments')}>
      {set.map((v) => (
        <div key={v.seq}>
          <Tag>{t(`label.enum.AssessmentValueKind.${v.kind}`)}</Tag>
          {d.adjustmentRules.find((r) => r.code === v.code)?.name ?? d.vetoRules.find((r) => r.code === v.code)?.name ?? v.code}
          {v.occurrences ? ` × ${String(v.occurrences)}` : ''}
          {v.reason ? `：${v.reason}` : ''}
          <By entry={v} />
        </div>
      ))}
      <Form<{ rule: string; occurrences?: number; reason: string }> layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ occurrences: 1 }}>
        <Flex wrap gap="small" align="start">
          <Form.Item name="rule" label={t('assessments.detail.adjustmentRule')} rules={[{ required: true, message: t('assessments.form.required') }]} style={{ flex: '1 1 220px' }}>
            <Select options={options} />
          </Form.Item>
          <Form.Item name="occurrences" label={t('assessments.detail.occurrences')} style={{ width: 100 }}>
            <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('assessments.entry.reviewReason')} rules={[{ required: true, whitespace: true, message: t('assessments.entry.reasonRequired') }]} style={{ flex: '1 1 220px' }}>
            <Input maxLength={1000} />
          </Form.Item>
        </Flex>
        {error !== null && <ProblemAlert error={error} />}
        <Button htmlType="submit" loading={setValue.isPending}>
          {t('assessments.entry.save')}
        </Button>
      </Form>
    </Card>
  );
}

function IndicatorScores({ a, scheme, explained, orgId }: { a: Assessment; scheme: Scheme; explained: ExplainedScore; orgId: string | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ leaf: Indicator; kind: Entry }>();
  const leaves = leavesOf(scheme.definition.indicators).filter((l) => appliesTo(l, a.group));
  const byCode = new Map(explained.score.leaves.map((l) => [l.code, l]));
  const snapshot = (code: string | null | undefined) => explained.snapshots.find((s) => s.code === code);
  const target = orgId === a.targetOrgId;
  const canSelf = a.status === 'SELF_ASSESSING' && target;
  const canDept = (leaf: Indicator) =>
    ['SELF_SUBMITTED', 'SELF_MISSED', 'UNDER_REVIEW'].includes(a.status) && leaf.method === 'DEPARTMENT_SCORED' && Boolean(orgId && leaf.scoringOrgIds?.includes(orgId));
  const canReview = ['UNDER_REVIEW', 'IN_RECONSIDERATION'].includes(a.status) && (a.allowedActions.includes('RETURN_FOR_SUPPLEMENT') || a.allowedActions.includes('DECIDE'));
  return (
    <Card size="small" title={t('assessments.detail.indicators')} styles={{ body: { padding: 0 } }}>
      <Table<Indicator>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={leaves}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (leaf) => <LeafExplanation leaf={leaf} explained={explained} />, columnTitle: t('assessments.detail.explain') }}
        onRow={() => ({ 'data-testid': 'score-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('assessments.field.indicator'),
            key: 'name',
            render: (_, l) => (
              <span style={{ display: 'inline-block', maxWidth: 260, overflowWrap: 'anywhere' }}>
                <Typography.Text type="secondary">{l.code}</Typography.Text> {l.name}
                <div>
                  <Tag>{l.method ? t(`label.enum.AssessmentIndicatorMethod.${l.method}`) : ''}</Tag>
                  {t('assessments.detail.maxOf', { max: pts(l.maxPoints) })}
                </div>
              </span>
            ),
          },
          {
            title: t('assessments.column.self'),
            key: 'self',
            render: (_, l) => {
              if (l.method !== 'MANUAL_DEDUCT' && l.method !== 'CHECKLIST') return '—';
              const v = latestSelf(explained.values, l.code);
              return (
                <div style={{ maxWidth: 220 }}>
                  {v ? (
                    <>
                      <div style={{ overflowWrap: 'anywhere' }}>{selfWords(v, l, t)}</div>
                      <Typography.Text type={v.evidence.length === 0 && l.evidenceRequired ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                        {t('assessments.evidenceCount', { count: v.evidence.length })}
                      </Typography.Text>
                    </>
                  ) : (
                    <Typography.Text type="secondary">{t('assessments.self.notYet')}</Typography.Text>
                  )}
                  {canSelf && (
                    <div>
                      <Button size="small" onClick={() => { setOpen({ leaf: l, kind: 'SELF' }); }}>
                        {t('assessments.self.enter')}
                      </Button>
                    </div>
                  )}
                </div>
              );
            },
          },
          {
            title: t('assessments.column.auto'),
            key: 'auto',
            render: (_, l) => {
              if (l.method !== 'AUTO_METRIC') return '—';
              const s = snapshot(l.metricCode);
              return s ? (
                <span>
                  {s.label}：{s.value === null ? t('common.none') : s.unit === 'RATE' ? `${pts(s.value * 100)}%` : pts(s.value)}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t(`label.enum.AssessmentSnapshotReason.${s.reason}`)} · {s.asOf}
                  </Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">{t('assessments.detail.noSnapshot')}</Typography.Text>
              );
            },
          },
          {
            title: t('assessments.column.department'),
            key: 'dept',
            render: (_, l) => {
              if (l.method !== 'DEPARTMENT_SCORED') return '—';
              const v = latest(explained.values, 'DEPARTMENT', l.code);
              return (
                <div style={{ maxWidth: 200 }}>
                  {v ? (
                    <>
                      {pts(v.points)}
                      {v.reason && <div style={{ overflowWrap: 'anywhere' }}>{v.reason}</div>}
                      <By entry={v} />
                    </>
                  ) : (
                    <Typography.Text type="secondary">{t('assessments.detail.notScored')}</Typography.Text>
                  )}
                  {canDept(l) && (
                    <div>
                      <Button size="small" onClick={() => { setOpen({ leaf: l, kind: 'DEPARTMENT' }); }}>
                        {t('assessments.entry.department')}
                      </Button>
                    </div>
                  )}
                </div>
              );
            },
          },
          {
            title: t('assessments.column.review'),
            key: 'review',
            render: (_, l) => {
              const v = latest(explained.values, 'REVIEW', l.code);
              return (
                <div style={{ maxWidth: 220 }}>
                  {v && (
                    <>
                      {pts(v.points)}
                      {v.reason && <div style={{ overflowWrap: 'anywhere' }} data-testid="review-reason">{v.reason}</div>}
                      <By entry={v} />
                    </>
                  )}
                  {canReview && (
                    <Button size="small" onClick={() => { setOpen({ leaf: l, kind: 'REVIEW' }); }}>
                      {t('assessments.entry.review')}
                    </Button>
                  )}
                </div>
              );
            },
          },
          {
            title: t('assessments.column.points'),
            key: 'points',
            align: 'right',
            render: (_, l) => {
              const s = byCode.get(l.code);
              if (!s) return '—';
              return (
                <span data-testid="leaf-points">
                  <strong>{pts(s.points)}</strong>
                  {s.overridden && <Tag color="orange" style={{ marginLeft: 4 }}>{t('assessments.detail.overridden')}</Tag>}
                  {s.missing && <Tag color="red" style={{ marginLeft: 4 }}>{t('assessments.detail.missing')}</Tag>}
                </span>
              );
            },
          },
        ]}
      />
      {open && (
        <Modal
          open
          destroyOnHidden
          footer={null}
          title={t(`assessments.entry.title.${open.kind}`, { indicator: `${open.leaf.code} ${open.leaf.name}` })}
          onCancel={() => { setOpen(undefined); }}
        >
          {open.kind === 'SELF' ? (
            <SelfAssessForm assessmentId={a.id} leaf={open.leaf} previous={latestSelf(explained.values, open.leaf.code)} onDone={() => { setOpen(undefined); }} />
          ) : (
            <PointsForm assessmentId={a.id} leaf={open.leaf} kind={open.kind} onDone={() => { setOpen(undefined); }} />
          )}
        </Modal>
      )}
    </Card>
  );
}

/** 考核详情: one target's assessment — every indicator's values with who set them and why, entry by role, the actions allowed. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const assessment = useAssessment(id);
  const explained = useAssessmentScore(id);
  const scheme = useScheme(assessment.data?.assessment.schemeId);

  if (assessment.isPending) return <QueryPending query={assessment} />;
  if (assessment.isError) {
    if (isProblem(assessment.error, 404)) {
      return <Result status="404" title={t('assessments.detail.notFound')} extra={<Link to="/assessments">{t('assessments.scheme.back')}</Link>} />;
    }
    return <ProblemAlert error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  const a = assessment.data.assessment;
  const s = scheme.data?.scheme;
  const leaves = s ? leavesOf(s.definition.indicators).filter((l) => appliesTo(l, a.group)) : [];
  const target = me.data?.org.id === a.targetOrgId;
  return (
    <Flex vertical gap="middle">
      <Link to={`/assessments/schemes/${a.schemeId}/board`}>{t('assessments.detail.back')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {a.targetOrgName}
        </Typography.Title>
        <Flex wrap gap={4} align="center">
          <AssessmentStatusTag status={a.status} />
          {s && <Typography.Text type="secondary">{s.title}</Typography.Text>}
        </Flex>
      </Flex>
      {target && a.status === 'SELF_ASSESSING' && (
        <Link to={`/assessments/${a.id}/self`}>
          <Button>{t('assessments.self.phoneLink')}</Button>
        </Link>
      )}
      <AssessmentActionBar versioned={assessment.data} leaves={leaves} onReload={() => void assessment.refetch()} />
      <ScoreSheetDownloads assessment={a} />
      {explained.isError && <ProblemAlert error={explained.error} onRetry={() => void explained.refetch()} />}
      {scheme.isError && <ProblemAlert error={scheme.error} onRetry={() => void scheme.refetch()} />}
      {s && explained.data && (
        <>
          <ScoreCard a={a} explained={explained.data} scheme={s} />
          <IndicatorScores a={a} scheme={s} explained={explained.data} orgId={me.data?.org.id} />
          {['UNDER_REVIEW', 'IN_RECONSIDERATION'].includes(a.status) && a.allowedActions.some((x) => x === 'RETURN_FOR_SUPPLEMENT' || x === 'DECIDE') && (
            <AdjustmentsCard a={a} scheme={s} explained={explained.data} />
          )}
        </>
      )}
    </Flex>
  );
}
