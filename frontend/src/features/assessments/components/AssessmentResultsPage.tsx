import { Alert, Card, Empty, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useAssessments } from '../api/assessments';
import { useScheme, useSchemeHistory } from '../api/schemes';
import { pts, type Assessment, type Scheme } from '../api/types';
import { RegisterDownload, SchemeReports } from './ReportDownloads';
import { SchemeSubpageHeader } from './SchemeSubpageHeader';

/** A bar per target, longest for the highest total: plain boxes, no chart library (it reads on a phone too). */
function RankingBars({ items, scheme }: { items: readonly Assessment[]; scheme: Scheme }) {
  const { t } = useTranslation();
  const full = scheme.definition.baseTotal + scheme.definition.bonusCap;
  const band = (code: string | null) => scheme.definition.gradeBands.find((b) => b.code === code)?.label ?? '';
  return (
    <Flex vertical gap={6} role="img" aria-label={t('assessments.results.chart')} data-testid="ranking-chart">
      {items.map((a) => {
        const width = Math.max(0, Math.min(100, ((a.total ?? 0) / full) * 100));
        return (
          <div key={a.id} data-testid="ranking-bar">
            <Flex justify="space-between" gap="small" style={{ fontSize: 12 }}>
              <span style={{ overflowWrap: 'anywhere' }}>
                {a.rank ?? '—'}. {a.targetOrgName}
              </span>
              <span style={{ whiteSpace: 'nowrap' }}>
                {pts(a.total)} · {band(a.grade)}
              </span>
            </Flex>
            <div style={{ background: 'rgba(0,0,0,0.06)', borderRadius: 4, height: 10 }}>
              <div style={{ width: `${String(width)}%`, background: a.awardBar ? '#ff7875' : '#1677ff', height: 10, borderRadius: 4 }} />
            </div>
          </div>
        );
      })}
    </Flex>
  );
}

/** 通报 state in words: 公示 with its objection window, 审定, 通报 with its 文号. */
function BulletinState({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation();
  const history = useSchemeHistory(scheme.id);
  const published = history.data?.findLast((e) => e.action === 'PUBLISH_RESULTS');
  const doc = typeof published?.data?.docNumber === 'string' ? published.data.docNumber : '';
  const key =
    scheme.status === 'RESULTS_PUBLISHED' || scheme.status === 'CLOSED'
      ? 'published'
      : scheme.status === 'APPROVED'
        ? 'approved'
        : scheme.status === 'PRELIMINARY'
          ? 'preliminary'
          : 'notYet';
  return (
    <Alert
      type={key === 'published' ? 'success' : key === 'notYet' ? 'info' : 'warning'}
      showIcon
      data-testid="bulletin-state"
      title={t(`assessments.results.state.${key === 'published' && !doc ? 'publishedNoDoc' : key}`, { doc })}
    />
  );
}

/** 考核结果: ranks per target group with a bar per target, the grades, and where the 通报 stands. */
export function AssessmentResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const scheme = useScheme(id);
  const assessments = useAssessments(id);
  if (scheme.isPending) return <QueryPending query={scheme} />;
  if (scheme.isError) return <ProblemAlert error={scheme.error} onRetry={() => void scheme.refetch()} />;
  const s = scheme.data.scheme;
  const items = assessments.data ?? [];
  const band = (code: string | null) => s.definition.gradeBands.find((b) => b.code === code)?.label ?? code ?? '';
  const ranked = items.some((a) => a.rank !== null);
  return (
    <Flex vertical gap="middle">
      <SchemeSubpageHeader scheme={s} title={t('assessments.results.title')} />
      <BulletinState scheme={s} />
      <SchemeReports scheme={s} extra={(s.status === 'RESULTS_PUBLISHED' || s.status === 'CLOSED') && <RegisterDownload />} />
      {assessments.isError && <ProblemAlert error={assessments.error} onRetry={() => void assessments.refetch()} />}
      {!ranked && !assessments.isPending && <Empty description={t('assessments.results.notRanked')} />}
      {ranked &&
        s.definition.targetGroups.map((g) => {
          const mine = items.filter((a) => a.group === g.code).sort((x, y) => (x.rank ?? 1e9) - (y.rank ?? 1e9));
          if (mine.length === 0) return null;
          const counts = s.definition.gradeBands.map((b) => ({ band: b, count: mine.filter((a) => a.grade === b.code).length }));
          return (
            <Card key={g.code} size="small" title={t('assessments.results.group', { group: g.name })} data-testid="results-group">
              <Flex vertical gap="middle">
                <Flex wrap gap={4}>
                  {counts.map(({ band: b, count }) => (
                    <Tag key={b.code}>{t('assessments.results.gradeCount', { label: b.label, count })}</Tag>
                  ))}
                </Flex>
                <RankingBars items={mine} scheme={s} />
                <Table<Assessment>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={mine}
                  scroll={{ x: 'max-content' }}
                  onRow={() => ({ 'data-testid': 'result-row' }) as React.HTMLAttributes<HTMLElement>}
                  columns={[
                    { title: t('assessments.detail.rank'), key: 'rank', render: (_, a) => a.rank ?? '—' },
                    { title: t('assessments.board.target'), key: 'target', render: (_, a) => <Link to={`/assessments/${a.id}`}>{a.targetOrgName}</Link> },
                    { title: t('assessments.detail.total'), key: 'total', align: 'right', render: (_, a) => pts(a.total) },
                    {
                      title: t('assessments.detail.grade'),
                      key: 'grade',
                      render: (_, a) => (
                        <span>
                          {band(a.grade)}
                          {a.awardBar && <Tag color="red" style={{ marginLeft: 4 }}>{t('assessments.board.awardBar')}</Tag>}
                        </span>
                      ),
                    },
                    { title: t('assessments.detail.planDue'), key: 'plan', render: (_, a) => a.planDue ?? '' },
                  ]}
                />
              </Flex>
            </Card>
          );
        })}
    </Flex>
  );
}
