import { Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useScenarioCoverage, type DrillPlanGap } from '../api/coverage';

/** One plan not drilled in the window: whose, which kind, its scenarios and when it was last drilled (or never). */
function PlanGap({ plan: p }: { plan: DrillPlanGap }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="plan-gap">
      <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {`${p.title}（${t(`label.enum.EmergencyPlanKind.${p.kind}`)}）`}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {p.org.name}
        </Typography.Text>
        <Space size={4} wrap>
          {p.scenarioTypes.map((s) => (
            <Tag key={s}>{s}</Tag>
          ))}
          <Typography.Text type={p.lastDrilledOn ? 'warning' : 'danger'} data-testid="plan-gap-last">
            {p.lastDrilledOn ? t('drills.scenarios.lastDrilled', { day: p.lastDrilledOn }) : t('drills.scenarios.never')}
          </Typography.Text>
        </Space>
      </Flex>
    </List.Item>
  );
}

/**
 * 场景覆盖 (§3.6, issue 11 item 5): the scenario types and the plans of the subtree not drilled in the last three years,
 * each with when it was last drilled or that it never was; a list, not a table, so it reads at phone width.
 */
export function ScenarioCoverage({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const coverage = useScenarioCoverage(orgId);
  if (coverage.isError) return <ProblemAlert error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const first = coverage.data?.pages[0];
  const plans = coverage.data?.pages.flatMap((p) => p.plans) ?? [];
  return (
    <Flex vertical gap="middle" data-testid="scenario-coverage">
      {first && <Typography.Text type="secondary">{t('drills.scenarios.window', { since: first.since, on: first.on })}</Typography.Text>}
      <Card size="small" title={t('drills.scenarios.types')} loading={coverage.isPending}>
        {first && first.scenarios.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('drills.scenarios.allTypesDrilled')} />
        ) : (
          <Space size={[4, 8]} wrap>
            {first?.scenarios.map((s) => (
              <Tag key={s.scenarioType} color={s.lastDrilledOn ? 'gold' : 'red'} data-testid="scenario-gap" style={{ whiteSpace: 'normal' }}>
                {`${s.scenarioType} · ${t('drills.scenarios.plans', { count: s.plans })} · ${
                  s.lastDrilledOn ? t('drills.scenarios.lastDrilled', { day: s.lastDrilledOn }) : t('drills.scenarios.never')
                }`}
              </Tag>
            ))}
          </Space>
        )}
      </Card>
      <Card size="small" title={t('drills.scenarios.plansTitle')} styles={{ body: { paddingTop: 0, paddingBottom: 0 } }}>
        <List<DrillPlanGap>
          loading={coverage.isPending}
          dataSource={plans}
          rowKey={(p) => p.planId}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('drills.scenarios.allPlansDrilled')} /> }}
          renderItem={(p) => <PlanGap plan={p} />}
        />
      </Card>
      {coverage.hasNextPage && (
        <Button block loading={coverage.isFetchingNextPage} onClick={() => void coverage.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
