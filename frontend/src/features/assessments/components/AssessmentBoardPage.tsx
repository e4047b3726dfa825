import { Card, Empty, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending, useListPending } from '@/lib/QueryPending';
import { useAssessments } from '../api/assessments';
import { useScheme } from '../api/schemes';
import { pts, type Assessment } from '../api/types';
import { boardColumns, useBoardScores } from './board';
import { SchemeSubpageHeader } from './SchemeSubpageHeader';
import { AssessmentStatusTag } from './StatusTags';

/** 考核看板: one row per target with the self / metric / department / review columns, total, grade, rank and status. */
export function AssessmentBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const scheme = useScheme(id);
  const assessments = useAssessments(id);
  const pending = useListPending(assessments, <Empty description={t('assessments.board.empty')} />);
  const items = assessments.data ?? [];
  const scores = useBoardScores(id);

  if (scheme.isPending) return <QueryPending query={scheme} />;
  if (scheme.isError) return <ProblemAlert error={scheme.error} onRetry={() => void scheme.refetch()} />;
  const s = scheme.data.scheme;
  const groups = new Map(s.definition.targetGroups.map((g) => [g.code, g.name]));
  const band = (code: string | null) => s.definition.gradeBands.find((b) => b.code === code)?.label ?? code ?? '';
  const columnsOf = (assessmentId: string) => {
    const data = scores.data?.get(assessmentId);
    return data ? boardColumns(data, s.definition.indicators) : undefined;
  };
  const cell = (a: Assessment, pick: (c: NonNullable<ReturnType<typeof columnsOf>>) => string) => {
    const c = columnsOf(a.id);
    return c ? pick(c) : '…';
  };

  return (
    <Flex vertical gap="middle">
      <SchemeSubpageHeader
        scheme={s}
        title={t('assessments.board.title')}
        extra={<Link to={`/assessments/schemes/${s.id}/results`}>{t('assessments.results.title')}</Link>}
      />
      {assessments.isError ? (
        <ProblemAlert error={assessments.error} onRetry={() => void assessments.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Assessment>
            rowKey="id"
            size="small"
            loading={pending.loading}
            dataSource={items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={() => ({ 'data-testid': 'board-row' }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: pending.emptyText }}
            columns={[
              { title: t('assessments.board.target'), key: 'target', fixed: 'left', render: (_, a) => <Link to={`/assessments/${a.id}`}>{a.targetOrgName}</Link> },
              { title: t('assessments.board.group'), key: 'group', render: (_, a) => groups.get(a.group) ?? a.group },
              { title: t('assessments.column.self'), key: 'self', align: 'right', render: (_, a) => cell(a, (c) => pts(c.self)) },
              { title: t('assessments.column.auto'), key: 'auto', align: 'right', render: (_, a) => cell(a, (c) => pts(c.auto)) },
              { title: t('assessments.column.department'), key: 'dept', align: 'right', render: (_, a) => cell(a, (c) => pts(c.department)) },
              {
                title: t('assessments.column.review'),
                key: 'review',
                render: (_, a) =>
                  cell(a, (c) => (c.overrides === 0 ? t('assessments.board.noOverride') : t('assessments.board.overrides', { count: c.overrides, delta: `${c.reviewDelta >= 0 ? '+' : ''}${pts(c.reviewDelta)}` }))),
              },
              { title: t('assessments.detail.total'), key: 'total', align: 'right', render: (_, a) => <strong>{pts(a.total)}</strong> },
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
              { title: t('assessments.detail.rank'), key: 'rank', align: 'right', render: (_, a) => a.rank ?? '—' },
              { title: t('assessments.field.status'), key: 'status', render: (_, a) => <AssessmentStatusTag status={a.status} /> },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
