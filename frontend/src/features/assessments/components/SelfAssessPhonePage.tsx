import { Alert, Button, Card, Flex, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { useOnline } from '@/lib/use-online';
import { useAssessment, useAssessmentScore } from '../api/assessments';
import { useScheme } from '../api/schemes';
import { appliesTo, leaves as leavesOf, pts } from '../api/types';
import { AssessmentActionBar } from './AssessmentActionBar';
import { latestSelf, SelfAssessForm, selfWords } from './SelfAssessForm';
import { AssessmentStatusTag } from './StatusTags';

/**
 * 自评 on a phone: the target's self-assessed items one under the other, each with its deductions or check items and
 * photos taken with the camera as evidence, then 提交自评 signed by the principal. Online only: photos go up at once.
 */
export function SelfAssessPhonePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const online = useOnline();
  const assessment = useAssessment(id);
  const explained = useAssessmentScore(id);
  const scheme = useScheme(assessment.data?.assessment.schemeId);
  const [open, setOpen] = useState<string>();

  if (assessment.isPending) return <QueryPending query={assessment} />;
  if (assessment.isError) {
    if (isProblem(assessment.error, 404)) return <Result status="404" title={t('assessments.detail.notFound')} />;
    return <ProblemAlert error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  const a = assessment.data.assessment;
  const s = scheme.data?.scheme;
  const all = s ? leavesOf(s.definition.indicators).filter((l) => appliesTo(l, a.group)) : [];
  const items = all.filter((l) => l.method === 'MANUAL_DEDUCT' || l.method === 'CHECKLIST');
  const values = explained.data?.values ?? [];
  const done = items.filter((l) => {
    const v = latestSelf(values, l.code);
    return v && (!l.evidenceRequired || v.evidence.length > 0);
  }).length;
  const editable = a.status === 'SELF_ASSESSING';

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 640, margin: '0 auto', width: '100%' }}>
      <Link to={`/assessments/${a.id}`}>{t('assessments.self.toDetail')}</Link>
      <div>
        <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {t('assessments.self.title', { target: a.targetOrgName })}
        </Typography.Title>
        <Flex wrap gap={4} align="center">
          <AssessmentStatusTag status={a.status} />
          {s && explained.data && (
            <Typography.Text type="secondary" data-testid="self-progress">
              {t('assessments.self.progress', { done, total: items.length })}
            </Typography.Text>
          )}
        </Flex>
      </div>
      <Alert type={online ? 'info' : 'warning'} showIcon title={online ? t('assessments.self.onlineOnly') : t('assessments.self.offline')} />
      {explained.isError && <ProblemAlert error={explained.error} onRetry={() => void explained.refetch()} />}
      {items.map((l) => {
        const v = latestSelf(values, l.code);
        const missingEvidence = Boolean(l.evidenceRequired) && (v?.evidence.length ?? 0) === 0;
        return (
          <Card key={l.code} size="small" data-testid="self-item">
            <Flex vertical gap={4}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {l.code} {l.name}
              </Typography.Text>
              <Flex wrap gap={4} align="center">
                <Tag>{t('assessments.detail.maxOf', { max: pts(l.maxPoints) })}</Tag>
                {v ? <Tag color={missingEvidence ? 'orange' : 'green'}>{missingEvidence ? t('assessments.self.needsEvidence') : t('assessments.self.done')}</Tag> : <Tag>{t('assessments.self.notYet')}</Tag>}
                {v && <Typography.Text type="secondary">{t('assessments.evidenceCount', { count: v.evidence.length })}</Typography.Text>}
              </Flex>
              {v && <Typography.Text style={{ overflowWrap: 'anywhere' }}>{selfWords(v, l, t)}</Typography.Text>}
              {editable && open !== l.code && (
                <Button block onClick={() => { setOpen(l.code); }} disabled={!online}>
                  {v ? t('assessments.self.change') : t('assessments.self.enter')}
                </Button>
              )}
              {editable && open === l.code && (
                <SelfAssessForm assessmentId={a.id} leaf={l} previous={v} onDone={() => { setOpen(undefined); }} />
              )}
            </Flex>
          </Card>
        );
      })}
      <AssessmentActionBar versioned={assessment.data} leaves={all} onReload={() => void assessment.refetch()} />
      {editable && done < items.length && <Typography.Text type="secondary">{t('assessments.self.submitWhenDone')}</Typography.Text>}
    </Flex>
  );
}
