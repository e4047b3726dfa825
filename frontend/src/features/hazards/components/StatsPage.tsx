import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIndustryName } from '@/lib/industries';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { useHazardStats, type HazardStats } from '../api/get-hazard-stats';
import { isHazardState } from '../api/types';
import { useStatsFilters } from '../hooks/use-stats-filters';
import { StatsChart } from './StatsChart';
import { StatsFilterBar } from './StatsFilterBar';

// Counts are whole tickets: no 0.5 ticks.
const countAxis = { type: 'value' as const, minInterval: 1 };
// Legends sit below the plot, never over the axis labels; the right margin leaves room for the last label.
const legendBelow = { bottom: 0, type: 'scroll' as const };
const grid = (legend: boolean) => ({ left: 8, right: 24, top: 16, bottom: legend ? 32 : 8, containLabel: true });

export function barOption(categories: string[], series: { name: string; data: number[] }[], horizontal = false): EChartsOption {
  const axis = { type: 'category' as const, data: categories, axisLabel: { interval: 0, width: 90, overflow: 'truncate' as const } };
  const legend = series.length > 1;
  return {
    tooltip: { trigger: 'axis' },
    legend: legend ? legendBelow : undefined,
    grid: grid(legend),
    xAxis: horizontal ? countAxis : axis,
    yAxis: horizontal ? axis : countAxis,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data })),
  };
}

/** Reported (bars) and closed (line) per month; "1月", "2月" … with the year on January and the first month. */
export function monthlyOption(monthly: HazardStats['monthly'], names: { reported: string; closed: string }, language: string): EChartsOption {
  const label = (month: string, index: number) => {
    const date = new Date(`${month}-01T00:00:00`);
    const withYear = index === 0 || month.endsWith('-01');
    return date.toLocaleDateString(language, withYear ? { year: 'numeric', month: 'short' } : { month: 'short' });
  };
  return {
    tooltip: { trigger: 'axis' },
    legend: legendBelow,
    grid: grid(true),
    xAxis: { type: 'category', data: monthly.map((m, i) => label(m.month, i)), axisLabel: { hideOverlap: true } },
    yAxis: countAxis,
    series: [
      { type: 'bar', name: names.reported, data: monthly.map((m) => m.reported) },
      { type: 'line', name: names.closed, data: monthly.map((m) => m.closed) },
    ],
  };
}

function Charts({ stats }: { stats: HazardStats }) {
  const { t, i18n } = useTranslation();
  const industryName = useIndustryName();
  const stateLabel = (key: string) => (isHazardState(key) ? t(`label.enum.State.${key}`) : key);
  const byState: EChartsOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '65%'], data: stats.byState.map((c) => ({ name: stateLabel(c.key), value: c.count })) }],
  };
  const monthly = monthlyOption(stats.monthly, { reported: t('hazards.stats.reported'), closed: t('hazards.stats.closed') }, i18n.language);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('hazards.stats.byState')}>
          <StatsChart label={t('hazards.stats.byState')} option={byState} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('hazards.stats.monthly')}>
          <StatsChart label={t('hazards.stats.monthly')} option={monthly} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('hazards.stats.byTerritory')}>
          <StatsChart
            label={t('hazards.stats.byTerritory')}
            option={barOption(
              stats.byTerritory.map((c) => c.territory.name),
              [
                { name: t('hazards.stats.total'), data: stats.byTerritory.map((c) => c.total) },
                { name: t('hazards.stats.closed'), data: stats.byTerritory.map((c) => c.closed) },
                { name: t('hazards.stats.overdue'), data: stats.byTerritory.map((c) => c.overdue) },
              ],
              true,
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('hazards.stats.byIndustry')}>
          <StatsChart
            label={t('hazards.stats.byIndustry')}
            option={barOption(stats.byIndustry.map((c) => industryName(c.key)), [{ name: t('hazards.stats.total'), data: stats.byIndustry.map((c) => c.count) }], true)}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** Supervisors' figures (整改率, overdue, majors under supervision, monthly), published monthly per `003`. */
export function StatsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useStatsFilters();
  const stats = useHazardStats(filters);
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('hazards.stats.title')}
      </Typography.Title>
      <StatsFilterBar filters={filters} onChange={setFilters} />
      {stats.data && <OfflineNotice updatedAt={stats.dataUpdatedAt} />}
      {stats.isPending ? (
        <QueryPending query={stats} />
      ) : stats.isError && !stats.data ? (
        <ProblemAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <StatsBody stats={stats.data} />
      )}
    </Flex>
  );
}

function StatsBody({ stats: s }: { stats: HazardStats }) {
  const { t } = useTranslation();
  const major = s.byLevel.find((c) => c.key === 'MAJOR')?.count ?? 0;
  return (
    <Flex vertical gap="middle">
      <Row gutter={[12, 12]} data-testid="hazard-kpis">
        {[
          { key: 'total', value: s.total },
          { key: 'open', value: s.open, link: '/hazards?state=REPORTED&state=CONFIRMED&state=RECTIFYING&state=PENDING_ACCEPTANCE' },
          { key: 'closureRate', value: `${(s.closureRate * 100).toFixed(1)}%` },
          { key: 'overdue', value: s.overdue, link: '/hazards?overdue=true' },
          { key: 'major', value: major, link: '/hazards?level=MAJOR' },
          { key: 'majorUnderSupervision', value: s.majorUnderSupervision },
        ].map((kpi) => (
          <Col key={kpi.key} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={kpi.link ? <Link to={kpi.link}>{t(`hazards.stats.${kpi.key}`)}</Link> : t(`hazards.stats.${kpi.key}`)} value={kpi.value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Charts stats={s} />
    </Flex>
  );
}
