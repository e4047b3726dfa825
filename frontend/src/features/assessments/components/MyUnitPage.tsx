import { Alert, Card, Empty, Flex, List, Select, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActions } from '../api/accountability';
import { ActionStatusTag, ActionTypeTag } from './ActionTags';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending, useListPending } from '@/lib/QueryPending';
import { can, useMe } from '@/lib/session';
import { movingItems, useMyAssessments, useProjection, useVetoWarnings, type Projection, type UnitAssessment, type VetoWarning } from '../api/outlook';
import { AssessmentStatusTag } from './StatusTags';

function points(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const n = Number(value);
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

function periodText(u: UnitAssessment, t: (k: string, o?: Record<string, unknown>) => string) {
  return `${u.schemeTitle} · ${t(`label.enum.AssessmentPeriod.${u.period}`)} ${u.year}`;
}

function ProjectionCard({ projection: p }: { projection: Projection }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('myUnit.projection.title')} data-testid="unit-projection">
      <Flex wrap gap="large">
        <Statistic title={t('myUnit.projection.total')} value={points(p.total)} data-testid="projection-total" />
        <div>
          <Typography.Text type="secondary">{t('myUnit.projection.grade')}</Typography.Text>
          <div>
            <Tag color={p.vetoed ? 'red' : 'blue'} style={{ fontSize: 16, padding: '2px 8px' }} data-testid="projection-grade">
              {p.gradeLabel}
            </Tag>
            {p.vetoed && <Tag color="red">{t('myUnit.projection.vetoed')}</Tag>}
          </div>
        </div>
        <Statistic title={t('myUnit.projection.daysLeft')} value={p.daysLeft} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {p.nextGrade && p.pointsToNextGrade !== null
          ? t('myUnit.projection.toNext', { points: points(p.pointsToNextGrade) })
          : t('myUnit.projection.top')}{' '}
        {t('myUnit.projection.snapshot', { total: points(p.snapshotTotal) })}
        {p.frozen && ` ${t('myUnit.projection.frozen')}`}
      </Typography.Paragraph>
    </Card>
  );
}

function MovingItems({ projection }: { projection: Projection }) {
  const { t } = useTranslation();
  const items = movingItems(projection.items);
  return (
    <Card size="small" title={t('myUnit.moving.title')} data-testid="unit-moving">
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: t('myUnit.moving.none') }}
        renderItem={(i) => (
          <List.Item data-testid="moving-item">
            <div style={{ minWidth: 0, width: '100%' }}>
              <Flex justify="space-between" gap="small" wrap>
                <Typography.Text strong style={{ wordBreak: 'break-word' }}>
                  {i.code} {i.name}
                </Typography.Text>
                <Typography.Text>{t('myUnit.moving.points', { points: points(i.points), max: points(i.maxPoints) })}</Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('myUnit.moving.stake', { gain: points(i.pointsToGain), lose: points(i.pointsToLose) })}
                {i.live && ` · ${t('myUnit.moving.live')}`}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Warnings({ warnings }: { warnings: readonly VetoWarning[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('myUnit.warnings.title')} data-testid="unit-warnings">
      {warnings.length === 0 ? (
        <Typography.Text type="secondary">{t('myUnit.warnings.none')}</Typography.Text>
      ) : (
        <Flex vertical gap="small">
          {warnings.map((w, i) => (
            <Alert
              key={`${w.kind}-${w.hazardId ?? w.controlMetric ?? w.vetoRule ?? i}`}
              type={w.level === 'EXCEEDED' ? 'error' : 'warning'}
              showIcon
              data-testid="unit-warning"
              data-kind={w.kind}
              title={t(`label.enum.VetoWarningKind.${w.kind}`)}
              description={
                <span style={{ wordBreak: 'break-word' }}>
                  {w.message}
                  {w.hazardId && (
                    <>
                      {' '}
                      <Link to={`/hazards/${w.hazardId}`}>{w.hazardCode ?? t('myUnit.warnings.hazard')}</Link>
                    </>
                  )}
                </span>
              }
            />
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** Whether two written names are one person's: 「林 晓」 (the account's given and family name) is 「林晓」 (the post's). */
function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

function ToActOn({ orgId, myName }: { orgId: string; myName: string }) {
  const { t } = useTranslation();
  const actions = useActions({ targetOrgId: orgId, open: true });
  const pending = useListPending(actions, t('myUnit.actions.none'));
  // A proposed action is still the issuing office's draft: the unit has it to act on once it is issued (下达)
  const items = (actions.data?.pages.flatMap((p) => p.items) ?? []).filter((a) => a.status !== 'PROPOSED');
  items.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return (
    <Card size="small" title={t('myUnit.actions.title')} data-testid="unit-actions">
      {actions.isError ? (
        <ProblemAlert error={actions.error} onRetry={() => void actions.refetch()} />
      ) : (
        <List
          size="small"
          loading={pending.loading}
          dataSource={items}
          locale={{ emptyText: pending.emptyText }}
          renderItem={(a) => (
            <List.Item data-testid="unit-action" data-status={a.status}>
              <div style={{ minWidth: 0, width: '100%' }}>
                <Flex wrap gap={4} align="center">
                  <ActionTypeTag type={a.type} />
                  <Link to={`/accountability/${a.id}`} style={{ wordBreak: 'break-word' }}>
                    {a.title}
                  </Link>
                </Flex>
                <Flex wrap gap={4} align="center" style={{ marginTop: 4 }}>
                  <ActionStatusTag status={a.status} overdue={a.overdue} />
                  <Typography.Text type={a.overdue ? 'danger' : 'secondary'} data-testid="unit-action-due">
                    {a.dueOn ? t('myUnit.actions.due', { day: a.dueOn }) : t('myUnit.actions.noDue')}
                  </Typography.Text>
                  {a.allowedActions.includes('RESPOND') && <Tag color="gold">{t('myUnit.actions.yourTurn')}</Tag>}
                  {a.targetPersons.some((p) => sameName(p.name, myName)) && <Tag color="volcano">{t('myUnit.actions.named')}</Tag>}
                </Flex>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** 我的单位考核 (leader): the unit's live projection, what can still move, the warnings before a veto and what to act on. */
export function MyUnitPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mine = useMyAssessments();
  const [chosen, setChosen] = useState<string>();
  const list = mine.data ?? [];
  const current = list.find((u) => u.assessment.id === chosen) ?? list[0];
  const projection = useProjection(current?.assessment.id);
  const warnings = useVetoWarnings(!current && can(me.data, 'VIEW_CONTROL_STATUS'));

  if (mine.isError) return <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data || !me.data) return <QueryPending query={mine} />;

  return (
    <Flex vertical gap="middle" data-testid="my-unit-page" style={{ maxWidth: 960, minWidth: 0 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('myUnit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{me.data.org.name}</Typography.Text>
      </div>
      {current ? (
        <Card size="small">
          <Flex wrap gap="small" align="center" justify="space-between">
            {list.length > 1 ? (
              <Select<string>
                aria-label={t('myUnit.choose')}
                value={current.assessment.id}
                onChange={setChosen}
                options={list.map((u) => ({ value: u.assessment.id, label: periodText(u, t) }))}
                style={{ minWidth: 0, maxWidth: '100%', flex: '1 1 240px' }}
              />
            ) : (
              <Typography.Text strong style={{ wordBreak: 'break-word' }}>
                {periodText(current, t)}
              </Typography.Text>
            )}
            <Flex gap="small" align="center">
              <AssessmentStatusTag status={current.assessment.status} />
              <Link to={`/assessments/${current.assessment.id}`}>{t('myUnit.openAssessment')}</Link>
            </Flex>
          </Flex>
        </Card>
      ) : (
        <Card size="small" data-testid="no-projection">
          <Empty description={t('myUnit.noAssessment')} />
        </Card>
      )}
      {current && projection.isError && <ProblemAlert error={projection.error} onRetry={() => void projection.refetch()} />}
      {current && !projection.data && !projection.isError && <QueryPending query={projection} />}
      {projection.data && current && (
        <>
          <ProjectionCard projection={projection.data} />
          <Warnings warnings={projection.data.warnings} />
          <MovingItems projection={projection.data} />
        </>
      )}
      {!current && warnings.data && <Warnings warnings={warnings.data} />}
      {!current && warnings.isError && <ProblemAlert error={warnings.error} />}
      <ToActOn orgId={me.data.org.id} myName={me.data.name} />
    </Flex>
  );
}
