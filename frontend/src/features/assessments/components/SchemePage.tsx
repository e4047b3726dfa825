import { Alert, Button, Card, Flex, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { can, useMe } from '@/lib/session';
import { WorkflowTimeline } from '@/lib/workflow/WorkflowTimeline';
import { useScheme, useSchemeHistory } from '../api/schemes';
import { schemeActions, type SchemeAction } from '../api/types';
import { issueWords } from './issue-words';
import { SchemeReports } from './ReportDownloads';
import { SchemeActionBar } from './SchemeActionBar';
import { SchemeRules } from './SchemeRules';
import { SchemeStatusTag } from './StatusTags';

function SchemeHistoryCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useSchemeHistory(id);
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending && history.fetchStatus === 'paused') {
    return (
      <Card size="small" title={t('assessments.history.title')}>
        <QueryPending query={history} padding={8} />
      </Card>
    );
  }
  return (
    <Card size="small" title={t('assessments.history.title')} loading={history.isPending}>
      <WorkflowTimeline
        testId="scheme-history"
        steps={(history.data ?? []).map((e) => ({
          key: e.seq,
          title: (schemeActions as readonly string[]).includes(e.action)
            ? t(`label.enum.AssessmentSchemeAction.${e.action as SchemeAction}`)
            : t(`assessments.history.${e.action}`, { defaultValue: e.action }),
          toState: e.from !== e.to ? t(`label.enum.AssessmentSchemeStatus.${e.to}`) : undefined,
          actorName: e.actor,
          at: e.at,
          comment: e.reason,
          details: typeof e.data?.docNumber === 'string' ? [{ key: 'doc', label: t('assessments.field.docNumber'), value: e.data.docNumber }] : [],
        }))}
      />
    </Card>
  );
}

/** 考核方案详情: the scheme's rules, what keeps a draft from publication in words, the actions the server allows, its history. */
export function SchemePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const scheme = useScheme(id);

  if (scheme.isPending) return <QueryPending query={scheme} />;
  if (scheme.isError) {
    if (isProblem(scheme.error, 404)) {
      return (
        <Result
          status="404"
          title={t('assessments.scheme.notFound')}
          extra={
            <Link to="/assessments">
              <Button type="primary">{t('assessments.scheme.back')}</Button>
            </Link>
          }
        />
      );
    }
    return <ProblemAlert error={scheme.error} onRetry={() => void scheme.refetch()} />;
  }
  const s = scheme.data.scheme;
  const opened = s.status !== 'DRAFT' && s.status !== 'PUBLISHED';
  return (
    <Flex vertical gap="middle">
      <Link to="/assessments">{t('assessments.scheme.back')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {s.title}
        </Typography.Title>
        <Flex wrap gap={4} align="center">
          <SchemeStatusTag status={s.status} />
          <Typography.Text type="secondary">
            {s.issuerName} · {t('assessments.periodOf', { year: s.year, period: t(`label.enum.AssessmentPeriod.${s.period}`) })}
            {s.docNumber ? ` · ${s.docNumber}` : ''} · {t('assessments.scheme.revision', { revision: s.revision })}
          </Typography.Text>
        </Flex>
      </Flex>
      {s.status === 'DRAFT' &&
        (s.publicationIssues.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="publication-issues"
            title={t('assessments.scheme.cannotPublish')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {s.publicationIssues.map((issue, i) => (
                  <li key={`${issue.field}-${String(i)}`}>{issueWords(issue, s.definition, t)}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert type="success" showIcon data-testid="publication-ready" title={t('assessments.scheme.readyToPublish')} />
        ))}
      <Space wrap>
        {s.status === 'DRAFT' && can(me.data, 'MANAGE_ASSESSMENT_SCHEMES') && (
          <Link to={`/assessments/schemes/${s.id}/edit`}>
            <Button>{t('assessments.scheme.edit')}</Button>
          </Link>
        )}
        {opened && (
          <>
            <Link to={`/assessments/schemes/${s.id}/board`}>
              <Button>{t('assessments.board.title')}</Button>
            </Link>
            <Link to={`/assessments/schemes/${s.id}/results`}>
              <Button>{t('assessments.results.title')}</Button>
            </Link>
          </>
        )}
      </Space>
      <SchemeActionBar versioned={scheme.data} onReload={() => void scheme.refetch()} />
      <SchemeReports scheme={s} />
      <SchemeRules scheme={s} />
      <SchemeHistoryCard id={s.id} />
    </Flex>
  );
}
