import type { TFunction } from 'i18next';
import type { FieldError } from '@/lib/problem';
import type { SchemeDefinition } from '../api/types';

/** Server messages of the scheme check (SchemeCheck) and the words the screens say instead. */
const messageKeys: readonly [RegExp, string][] = [
  [/^names an orgKind or orgIds$/, 'groupTargets'],
  [/^names no indicator of the scheme/, 'parentMissing'],
  [/^makes a cycle$/, 'cycle'],
  [/^names no target group/, 'groupMissing'],
  [/^a leaf indicator needs its points$/, 'leafPoints'],
  [/^a leaf indicator needs its method$/, 'leafMethod'],
  [/^an AUTO_METRIC indicator reads a metric/, 'metricCode'],
  [/^an AUTO_METRIC indicator maps its metric/, 'mapping'],
  [/^(STEPS needs steps|LINEAR needs|DEDUCT_PER_UNIT needs)/, 'mapping'],
  [/^a CHECKLIST indicator lists its items$/, 'checklist'],
  [/^code .* is used twice$/, 'duplicateCode'],
  [/^a manual veto has no metric condition$/, 'manualVetoMetric'],
  [/^a metric veto needs/, 'metricVeto'],
  [/^a downgrade lowers by at least 1 step$/, 'downgradeSteps'],
  [/^a bonus or deduction needs points$/, 'adjustmentPoints'],
  [/^names no grade band of the scheme$/, 'gradeMissing'],
  [/^is required for an ACCIDENT trigger$/, 'accidentLevel'],
  [/^a consecutive rule counts at least 2/, 'consecutiveCount'],
  [/^process and result weights are set together$/, 'weightsTogether'],
  [/^a scheme targets at least one group$/, 'noGroups'],
  [/^a scheme has at least one indicator$/, 'noIndicators'],
  [/^a scheme has at least one grade band$/, 'noBands'],
  [/^bands run from the highest lower bound down/, 'bandsOrder'],
  [/^the lowest band starts at 0$/, 'lowestBand'],
  [/^no total can reach it$/, 'bandUnreachable'],
  [/^a step gives more than the indicator's points$/, 'stepTooHigh'],
  [/^a DEPARTMENT_SCORED indicator names its departments$/, 'departments'],
];

/** "group T: 95 ≠ 100" (a refused publication) or "group T: leaf points add up to 95, not 100" (the draft's issues). */
const mismatch = /^(.*?): (?:leaf points add up to )?(-?[\d.]+)(?: ≠ |, not )(-?[\d.]+)$/;

/** What a sum that does not add up is about ("group TOWNSHIP", "children of 1.2" …), in words. */
function mismatchWhat(what: string, d: SchemeDefinition, t: TFunction): string {
  const groupName = (code: string) => d.targetGroups.find((g) => g.code === code)?.name ?? code;
  const indicatorName = (code: string) => d.indicators.find((i) => i.code === code)?.name ?? code;
  let m = /^group (.+)$/.exec(what);
  if (m) return t('assessments.issue.what.group', { group: groupName(m[1] ?? '') });
  m = /^(PROCESS|RESULT) leaves of group (.+)$/.exec(what);
  if (m) return t('assessments.issue.what.part', { part: t(`label.enum.AssessmentIndicatorType.${m[1] ?? 'PROCESS'}`), group: groupName(m[2] ?? '') });
  m = /^children of (.+)$/.exec(what);
  if (m) return t('assessments.issue.what.children', { indicator: `${m[1] ?? ''} ${indicatorName(m[1] ?? '')}` });
  if (what === 'processWeight + resultWeight') return t('assessments.issue.what.weights');
  return what;
}

/** Where a field path points, in words: "indicators[3].maxPoints" → 指标「1.2 隐患排查治理」. */
export function fieldWords(field: string, d: SchemeDefinition, t: TFunction): string {
  const path = field.replace(/^\/?definition[./]/, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
  const m = /^(\w+)(?:\[(\d+)\])?/.exec(path);
  if (!m) return '';
  const list = m[1] ?? '';
  const n = m[2] === undefined ? undefined : Number(m[2]);
  const named = (items: readonly { code: string; name?: string; label?: string }[] | undefined) => {
    const item = n === undefined ? undefined : items?.[n];
    return item ? `「${item.code}${item.name ? ` ${item.name}` : ''}${item.label ? ` ${item.label}` : ''}」` : '';
  };
  switch (list) {
    case 'indicators':
      return t('assessments.issue.where.indicators', { item: named(d.indicators) });
    case 'gradeBands':
      return t('assessments.issue.where.gradeBands', { item: named(d.gradeBands) });
    case 'targetGroups':
      return t('assessments.issue.where.targetGroups', { item: named(d.targetGroups) });
    case 'vetoRules':
      return t('assessments.issue.where.vetoRules', { item: named(d.vetoRules) });
    case 'adjustmentRules':
      return t('assessments.issue.where.adjustmentRules', { item: named(d.adjustmentRules) });
    case 'consequenceRules':
      return t('assessments.issue.where.consequenceRules', { item: named(d.consequenceRules) });
    case 'processWeight':
    case 'resultWeight':
      return t('assessments.issue.where.weights');
    default:
      return '';
  }
}

/** A scheme-check problem in words: sums that do not add up say what, how much and how much it should be. */
export function issueWords(issue: FieldError, d: SchemeDefinition, t: TFunction): string {
  const m = mismatch.exec(issue.message);
  if (m) {
    return t('assessments.issue.mismatch', { what: mismatchWhat(m[1] ?? '', d, t), sum: m[2], expected: m[3] });
  }
  const key = messageKeys.find(([re]) => re.test(issue.message))?.[1];
  const where = fieldWords(issue.field, d, t);
  const what = key ? t(`assessments.issue.message.${key}`) : issue.message;
  return where ? `${where}：${what}` : what;
}
