import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Drill } from '../api/types';

/** The drill's facts as §3.3 names them: organiser, classes, days, headcounts, people, plans, what it needs. */
export function DrillFacts({ drill: d, orgName }: { drill: Drill; orgName: string }) {
  const { t, i18n } = useTranslation();
  const time = (value: string | null) => (value ? new Date(value).toLocaleString(i18n.language) : t('common.none'));
  const yes = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const people = (list: Drill['roles']['evaluators']) => (list.length > 0 ? list.map((p) => p.name).join('、') : t('common.none'));
  const items = [
    { key: 'org', label: t('drills.field.organiser'), children: orgName },
    {
      key: 'classes',
      label: t('drills.field.formScope'),
      children: [t(`label.enum.DrillForm.${d.form}`), t(`label.enum.DrillScope.${d.scope}`), d.purpose && t(`label.enum.DrillPurpose.${d.purpose}`)]
        .filter(Boolean)
        .join(' · '),
    },
    {
      key: 'plannedOn',
      label: t('drills.field.plannedOn'),
      children:
        d.plannedOn && d.originalPlannedOn && d.originalPlannedOn !== d.plannedOn
          ? t('drills.detail.postponed', { day: d.plannedOn, original: d.originalPlannedOn })
          : (d.plannedOn ?? t('common.none')),
    },
    { key: 'actualStart', label: t('drills.field.actualStart'), children: time(d.actualStart) },
    { key: 'actualEnd', label: t('drills.field.actualEnd'), children: time(d.actualEnd) },
    {
      key: 'headcount',
      label: t('drills.field.headcount'),
      children: t('drills.detail.headcount', { planned: d.plannedHeadcount ?? '—', actual: d.actualHeadcount ?? '—' }),
    },
    { key: 'commander', label: t('drills.field.commander'), children: d.roles.commander?.name ?? t('common.none') },
    { key: 'planner', label: t('drills.field.planner'), children: d.roles.planner?.name ?? t('common.none') },
    { key: 'evaluators', label: t('drills.field.evaluators'), children: people(d.roles.evaluators) },
    {
      key: 'plans',
      label: t('drills.field.plans'),
      span: 2,
      children:
        d.plans.length === 0 ? t('common.none') : d.plans.map((p) => <Tag key={p.id} style={{ whiteSpace: 'normal', maxWidth: '100%' }}>{`${p.title}（${t(`label.enum.EmergencyPlanKind.${p.kind}`)}）`}</Tag>),
    },
    { key: 'evaluationPlanned', label: t('drills.field.evaluationPlanned'), children: yes(d.evaluationPlanned) },
    { key: 'highRisk', label: t('drills.field.highRisk'), children: yes(d.highRisk) },
    { key: 'affectsPublic', label: t('drills.field.affectsPublic'), children: yes(d.affectsPublic) },
    {
      key: 'countsFor',
      label: t('drills.field.countsFor'),
      children: d.countsFor.length > 0 ? t('drills.list.countsFor', { count: d.countsFor.length }) : t('drills.list.countsForNone'),
    },
    ...(d.cancelReason ? [{ key: 'cancelReason', label: t('drills.field.cancelReason'), span: 2, children: d.cancelReason }] : []),
    ...(d.terminationReason
      ? [{ key: 'terminationReason', label: t('drills.field.terminationReason'), children: t(`label.enum.TerminationReason.${d.terminationReason}`) }]
      : []),
    ...(d.scenario?.eventType ? [{ key: 'scenario', label: t('drills.field.scenario'), span: 2, children: [d.scenario.eventType, d.scenario.place].filter(Boolean).join(' · ') }] : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="drill-facts" />;
}
