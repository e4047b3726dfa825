import { Card, Descriptions, Empty, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pts, treeOrder, type Indicator, type Scheme, type SchemeDefinition } from '../api/types';

/** How a leaf is scored, in words: its method with the metric, deductions or checklist it reads. */
function MethodWords({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  if (!indicator.method) return null;
  const method = t(`label.enum.AssessmentIndicatorMethod.${indicator.method}`);
  return (
    <div>
      <Tag>{method}</Tag>
      {indicator.method === 'AUTO_METRIC' && indicator.metricCode && (
        <Typography.Text type="secondary">
          {t(`label.enum.AssessmentMetricCode.${indicator.metricCode}`)}
          {indicator.mapping && ` · ${t(`label.enum.AssessmentMappingKind.${indicator.mapping.kind}`)}`}
        </Typography.Text>
      )}
      {(indicator.deductionRules ?? []).map((r) => (
        <div key={r.code} style={{ fontSize: 12 }}>
          {t('assessments.rules.deduction', { when: r.when, points: pts(r.points) })}
          {r.perOccurrence ? t('assessments.rules.perOccurrence') : ''}
        </div>
      ))}
      {(indicator.checklist ?? []).map((c) => (
        <div key={c.code} style={{ fontSize: 12 }}>
          {t('assessments.rules.checkItem', { text: c.text, points: pts(c.points) })}
        </div>
      ))}
    </div>
  );
}

/** 指标体系: the indicator tree with max points, type, method and groups. */
export function IndicatorTree({ definition }: { definition: SchemeDefinition }) {
  const { t } = useTranslation();
  const groups = new Map(definition.targetGroups.map((g) => [g.code, g.name]));
  const rows = treeOrder(definition.indicators);
  return (
    <Table
      rowKey={(r) => r.indicator.code}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      data-testid="indicator-tree"
      onRow={() => ({ 'data-testid': 'indicator-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('assessments.field.indicator'),
          key: 'name',
          render: (_, { indicator, depth }) => (
            <span style={{ paddingLeft: depth * 16, display: 'inline-block', maxWidth: 320, overflowWrap: 'anywhere' }}>
              <Typography.Text type="secondary">{indicator.code}</Typography.Text> {indicator.name}
            </span>
          ),
        },
        { title: t('assessments.field.maxPoints'), key: 'max', align: 'right', render: (_, { indicator }) => pts(indicator.maxPoints) },
        { title: t('assessments.field.type'), key: 'type', render: (_, { indicator }) => (indicator.type ? t(`label.enum.AssessmentIndicatorType.${indicator.type}`) : '') },
        { title: t('assessments.field.method'), key: 'method', render: (_, { indicator }) => <MethodWords indicator={indicator} /> },
        {
          title: t('assessments.field.groups'),
          key: 'groups',
          render: (_, { indicator }) =>
            indicator.appliesToGroups && indicator.appliesToGroups.length > 0 ? indicator.appliesToGroups.map((g) => groups.get(g) ?? g).join('、') : t('assessments.rules.allGroups'),
        },
        { title: t('assessments.field.evidenceRequired'), key: 'evidence', render: (_, { indicator }) => (indicator.evidenceRequired ? t('assessments.rules.yes') : '') },
      ]}
    />
  );
}

/** A card listing one kind of rule, each a line in words (none: an empty note). */
function RuleList<T>({ title, items, testId, render }: { title: string; items: readonly T[]; testId: string; render: (item: T) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <List
        size="small"
        dataSource={[...items]}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} /> }}
        renderItem={(item) => (
          <List.Item data-testid={testId}>
            <span style={{ overflowWrap: 'anywhere' }}>{render(item)}</span>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The scheme's rules besides the tree: groups, grade bands, vetoes, bonuses/deductions, consequences, deadlines. */
export function SchemeRules({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation();
  const d = scheme.definition;
  const bandLabel = (code: string | null | undefined) => d.gradeBands.find((b) => b.code === code)?.label ?? code ?? '';
  const metric = (code: string | null | undefined) => (code ? t(`label.enum.AssessmentMetricCode.${code}`, { defaultValue: code }) : '');
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} />;
  return (
    <>
      <Card size="small" title={t('assessments.rules.groups')}>
        <List
          size="small"
          dataSource={d.targetGroups}
          locale={{ emptyText: empty }}
          renderItem={(g) => {
            const points = scheme.groupPoints.find((p) => p.group === g.code)?.leafPoints;
            return (
              <List.Item data-testid="target-group">
                <span>
                  {g.name}
                  {g.tier ? `（${g.tier}）` : ''}
                  {g.orgKind ? ` · ${t(`label.enum.OrgKind.${g.orgKind}`)}` : ''}
                  {g.orgIds && g.orgIds.length > 0 ? ` · ${t('assessments.rules.namedTargets', { count: g.orgIds.length })}` : ''}
                </span>
                <Typography.Text type={points === d.baseTotal || d.rescale ? 'secondary' : 'danger'}>
                  {t('assessments.rules.groupPoints', { sum: pts(points), total: pts(d.baseTotal) })}
                </Typography.Text>
              </List.Item>
            );
          }}
        />
        <Typography.Text type="secondary">
          {t('assessments.rules.totals', { base: pts(d.baseTotal), bonusCap: pts(d.bonusCap) })}
          {d.processWeight != null && d.resultWeight != null ? ` · ${t('assessments.rules.weights', { process: pts(d.processWeight), result: pts(d.resultWeight) })}` : ''}
          {d.rescale ? ` · ${t('assessments.rules.rescale')}` : ''}
        </Typography.Text>
      </Card>
      <Card size="small" title={t('assessments.rules.indicators')}>
        <IndicatorTree definition={d} />
      </Card>
      <Card size="small" title={t('assessments.rules.gradeBands')}>
        <Flex wrap gap={4}>
          {d.gradeBands.map((b) => (
            <Tag key={b.code} data-testid="grade-band">
              {t('assessments.rules.band', { label: b.label, lowerBound: pts(b.lowerBound) })}
            </Tag>
          ))}
        </Flex>
        <div>
          <Typography.Text type="secondary">{t('assessments.rules.bandsInclusive')}</Typography.Text>
        </div>
      </Card>
      <RuleList
        title={t('assessments.rules.vetoRules')}
        items={d.vetoRules}
        testId="veto-rule"
        render={(v) => (
          <>
                {v.name}：
                {v.manual
                  ? t('assessments.rules.manualVeto')
                  : t('assessments.rules.metricVeto', {
                      metric: metric(v.metric),
                      comparison: v.comparison ? t(`label.enum.AssessmentComparison.${v.comparison}`) : '',
                      threshold: v.thresholdMetric ? metric(v.thresholdMetric) : pts(v.threshold),
                    })}
                {' → '}
                {t(`label.enum.AssessmentVetoEffect.${v.effect}`)}
          </>
        )}
      />
      <RuleList
        title={t('assessments.rules.adjustmentRules')}
        items={d.adjustmentRules}
        testId="adjustment-rule"
        render={(a) => (
          <>
                <Tag>{t(`label.enum.AssessmentAdjustmentKind.${a.kind}`)}</Tag>
                {a.name}：
                {a.kind === 'FALSIFICATION_DOWNGRADE'
                  ? t('assessments.rules.downgrade', { steps: a.steps ?? 1 })
                  : t('assessments.rules.adjustPoints', { points: pts(a.points) }) + (a.maxTotal != null ? t('assessments.rules.adjustMax', { max: pts(a.maxTotal) }) : '')}
          </>
        )}
      />
      <RuleList
        title={t('assessments.rules.consequenceRules')}
        items={d.consequenceRules}
        testId="consequence-rule"
        render={(c) => (
          <>
                {t(`assessments.rules.trigger.${c.trigger}`, {
                  grade: bandLabel(c.grade),
                  count: c.count ?? 2,
                  level: c.accidentLevel ? t(`label.enum.AccidentLevel.${c.accidentLevel}`) : '',
                  days: c.days ?? 0,
                })}
                {' → '}
                {t(`label.enum.AccountabilityType.${c.action}`, { defaultValue: c.action })}
                {c.dueOffsetDays ? t('assessments.rules.dueOffset', { days: c.dueOffsetDays }) : ''}
          </>
        )}
      />
      <Card size="small" title={t('assessments.rules.deadlines')}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('assessments.field.periodEnd')}>{d.deadlines?.periodEnd ?? scheme.periodEnd}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.field.selfAssessmentDue')}>{d.deadlines?.selfAssessmentDue ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.field.reviewDue')}>{d.deadlines?.reviewDue ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.field.objectionDays')}>{t('assessments.rules.days', { days: d.deadlines?.objectionDays ?? 0 })}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.field.publishBy')}>{d.deadlines?.publishBy ?? t('common.none')}</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
