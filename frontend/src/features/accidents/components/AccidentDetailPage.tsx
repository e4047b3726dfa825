import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useIndustryName } from '@/lib/industries';
import { useOrgNames } from '@/lib/orgs';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { can, useMe } from '@/lib/session';
import { WorkflowTimeline, type TimelineStep } from '@/lib/workflow/WorkflowTimeline';
import { useAccident, useAccidentHistory } from '../api/get-accident';
import type { Accident, AccidentEvent, AccidentLevel, ReportingIssue } from '../api/types';
import { AccidentLevelTag, ReportingIssueTags } from './AccidentTags';
import { formatTime, formatWanYuan } from './format';

const historyActions = ['CREATE', 'PUSH', 'CORRECT'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 事故详情: the figures, the level they reach, the reporting flags and every entry and correction with its reason. */
export function AccidentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const accident = useAccident(id);
  const history = useAccidentHistory(id);
  const events = history.data ?? [];
  const idsInHistory = events.flatMap((e) => {
    const data = e.data;
    if (!isRecord(data)) return [];
    return ['territoryId', 'enterpriseId'].flatMap((f) => {
      const change = data[f];
      return isRecord(change) ? [change.from, change.to] : [];
    });
  });
  const a = accident.data?.accident;
  const names = useOrgNames([a?.territoryId, a?.enterpriseId, ...idsInHistory.filter((v): v is string => typeof v === 'string')]);
  const industryName = useIndustryName();

  if (accident.isError) return <ProblemAlert error={accident.error} onRetry={() => void accident.refetch()} />;
  if (!a) return <QueryPending query={accident} />;

  const liabilityText = (value: unknown) => t(`accidents.liability.${typeof value === 'boolean' ? (value ? 'YES' : 'NO') : 'UNKNOWN'}`);
  /** A history value in words: names for org ids, labels for codes, local times for instants. */
  const valueText = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (Array.isArray(value)) {
      // Only reportingIssues is a list.
      return value.length > 0 ? value.map((issue) => t(`label.enum.ReportingIssue.${issue as ReportingIssue}`)).join('、') : t('common.none');
    }
    if (typeof value === 'object') return JSON.stringify(value);
    const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    switch (field) {
      case 'territoryId':
      case 'enterpriseId':
        return names.get(text) ?? '…';
      case 'level':
        return t(`label.enum.AccidentLevel.${text as AccidentLevel}`);
      case 'liability':
        return liabilityText(value);
      case 'occurredAt':
      case 'reportedAt':
        return formatTime(text);
      case 'industry':
        return industryName(text);
      default:
        return text;
    }
  };
  const fieldLabel = (field: string) => t(`accidents.field.${field}`, { defaultValue: t('accidents.history.otherField') });
  const steps: TimelineStep[] = events.map((e: AccidentEvent) => {
    const action = (historyActions as readonly string[]).includes(e.action) ? e.action : 'CORRECT';
    const changes = e.action === 'CORRECT' && isRecord(e.data) ? Object.entries(e.data) : [];
    return {
      key: e.seq,
      title: t(`accidents.history.${action}`),
      actorName: e.actor,
      at: e.at,
      comment: e.reason,
      color: e.action === 'CORRECT' ? 'orange' : 'blue',
      details: changes.map(([field, change]) => ({
        key: field,
        label: fieldLabel(field),
        value: isRecord(change) ? `${valueText(field, change.from)} → ${valueText(field, change.to)}` : valueText(field, change),
      })),
    };
  });

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {a.title}
          </Typography.Title>
          <Typography.Text type="secondary">{a.code}</Typography.Text>
        </div>
        <Flex gap="small">
          <Link to="/accidents">{t('accidents.backToRegister')}</Link>
          {can(me.data, 'RECORD_ACCIDENTS') && (
            <Link to={`/accidents/${a.id}/edit`}>
              <Button type="primary">{t('accidents.correct')}</Button>
            </Link>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <AccidentFacts accident={a} names={names} industryName={industryName} liabilityText={liabilityText} />
      </Card>
      <Card size="small" title={t('accidents.history.title')}>
        {history.isError ? <ProblemAlert error={history.error} /> : <WorkflowTimeline steps={steps} testId="accident-history" />}
      </Card>
    </Flex>
  );
}

interface FactsProps {
  accident: Accident;
  names: Map<string, string>;
  industryName: (code: string) => string;
  liabilityText: (value: unknown) => string;
}

function AccidentFacts({ accident: a, names, industryName, liabilityText }: FactsProps) {
  const { t } = useTranslation();
  const reachedBy = a.levelReachedBy.map((f) => t(`accidents.reachedBy.${f}`, { defaultValue: t('accidents.history.otherField') })).join('、');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        {
          key: 'level',
          label: t('accidents.field.level'),
          children: (
            <span>
              <AccidentLevelTag level={a.level} />
              {reachedBy && <Typography.Text type="secondary">{t('accidents.reachedByText', { figures: reachedBy })}</Typography.Text>}
            </span>
          ),
        },
        { key: 'occurredAt', label: t('accidents.field.occurredAt'), children: formatTime(a.occurredAt) },
        { key: 'reportedAt', label: t('accidents.field.reportedAt'), children: a.reportedAt ? formatTime(a.reportedAt) : t('common.none') },
        { key: 'territory', label: t('accidents.field.territory'), children: names.get(a.territoryId) ?? '' },
        { key: 'enterprise', label: t('accidents.field.enterprise'), children: a.enterpriseId ? (names.get(a.enterpriseId) ?? '') : t('common.none') },
        { key: 'industry', label: t('accidents.field.industry'), children: a.industry ? industryName(a.industry) : t('common.none') },
        { key: 'deaths', label: t('accidents.field.deaths'), children: a.deaths },
        { key: 'seriousInjuries', label: t('accidents.field.seriousInjuries'), children: a.seriousInjuries },
        { key: 'loss', label: t('accidents.field.directLossWan'), children: formatWanYuan(a.directLossYuan) },
        { key: 'liability', label: t('accidents.field.liability'), children: liabilityText(a.liability) },
        {
          key: 'reporting',
          label: t('accidents.field.reporting'),
          children: a.reportingIssues.length > 0 ? <ReportingIssueTags issues={a.reportingIssues} /> : t('accidents.reportingInOrder'),
        },
        { key: 'doc', label: t('accidents.field.investigationDoc'), children: a.investigationDoc ?? t('common.none') },
        { key: 'source', label: t('accidents.field.source'), children: t(`label.enum.AccidentSource.${a.source}`) },
        { key: 'description', label: t('accidents.field.description'), children: a.description ?? t('common.none'), span: 3 },
      ]}
    />
  );
}
