import type { TFunction } from 'i18next';
import type { components } from '@/api/schema';
import { leaves, appliesTo, pts, type Indicator, type Scheme, type SchemeInput } from '../api/types';

type S = components['schemas'];

/** The editor's values: the scheme's input with its definition's lists at the top (one form, one level of names). */
export interface SchemeValues {
  title: string;
  year: number;
  period: S['AssessmentPeriod'];
  series: string;
  docNumber?: string | null;
  baseTotal: number;
  bonusCap: number;
  rescale?: boolean;
  processWeight?: number | null;
  resultWeight?: number | null;
  targetGroups: S['AssessmentTargetGroup'][];
  indicators: Indicator[];
  gradeBands: S['AssessmentGradeBand'][];
  vetoRules: S['AssessmentVetoRule'][];
  adjustmentRules: S['AssessmentAdjustmentRule'][];
  consequenceRules: S['AssessmentConsequenceRule'][];
  deadlines: S['AssessmentDeadlines'];
}

export type NamePath = (string | number)[];

export interface CheckResult {
  /** Problems that keep the draft from being stored, each beside its field. */
  errors: { name: NamePath; message: string }[];
  /** Sums that do not add up: the draft may be stored, but not published. */
  pointIssues: string[];
}

/** A new scheme starts as the usual township assessment: 100 points, four grades, one group. */
export function newSchemeValues(year: number): SchemeValues {
  return {
    title: '',
    year,
    period: 'YEAR',
    series: 'TOWNSHIP',
    docNumber: '',
    baseTotal: 100,
    bonusCap: 5,
    rescale: false,
    targetGroups: [{ code: 'TOWNSHIP', name: '乡镇（街道）', tier: null, orgKind: 'REGION', orgIds: [] }],
    indicators: [{ code: '1', parent: null, name: '', maxPoints: 100, type: 'PROCESS', method: 'MANUAL_DEDUCT', deductionRules: [], evidenceRequired: true, appliesToGroups: [] }],
    gradeBands: [
      { code: 'EXCELLENT', label: '优秀', lowerBound: 90 },
      { code: 'GOOD', label: '良好', lowerBound: 80 },
      { code: 'PASS', label: '合格', lowerBound: 60 },
      { code: 'FAIL', label: '不合格', lowerBound: 0 },
    ],
    vetoRules: [],
    adjustmentRules: [],
    consequenceRules: [],
    deadlines: { periodEnd: `${String(year)}-12-31`, selfAssessmentDue: null, reviewDue: null, objectionDays: 5, publishBy: null },
  };
}

export function schemeValues(s: Scheme): SchemeValues {
  const d = s.definition;
  return {
    title: s.title,
    year: s.year,
    period: s.period,
    series: s.series,
    docNumber: s.docNumber ?? '',
    baseTotal: d.baseTotal,
    bonusCap: d.bonusCap,
    rescale: d.rescale ?? false,
    processWeight: d.processWeight ?? null,
    resultWeight: d.resultWeight ?? null,
    targetGroups: d.targetGroups,
    indicators: d.indicators,
    gradeBands: d.gradeBands,
    vetoRules: d.vetoRules,
    adjustmentRules: d.adjustmentRules,
    consequenceRules: d.consequenceRules,
    deadlines: d.deadlines ?? { periodEnd: s.periodEnd, selfAssessmentDue: null, reviewDue: null, objectionDays: 5, publishBy: null },
  };
}

const blank = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());
const num = (v: number | null | undefined) => (v === undefined || v === null || Number.isNaN(v) ? undefined : v);

function cleanIndicator(i: Indicator): Indicator {
  const out: Indicator = { code: i.code.trim(), parent: blank(i.parent), name: i.name.trim() };
  if (num(i.maxPoints) !== undefined) out.maxPoints = i.maxPoints;
  if (i.type) out.type = i.type;
  if (i.method) out.method = i.method;
  out.evidenceRequired = Boolean(i.evidenceRequired);
  out.appliesToGroups = i.appliesToGroups ?? [];
  if (i.citation) out.citation = i.citation;
  if (i.method === 'MANUAL_DEDUCT') {
    out.deductionRules = (i.deductionRules ?? []).map((r, n) => ({
      code: blank(r.code) ?? `${out.code}-${String(n + 1)}`,
      when: r.when.trim(),
      points: r.points,
      perOccurrence: Boolean(r.perOccurrence),
    }));
  }
  if (i.method === 'CHECKLIST') {
    out.checklist = (i.checklist ?? []).map((c, n) => ({ code: blank(c.code) ?? `${out.code}-${String(n + 1)}`, text: c.text.trim(), points: c.points }));
  }
  if (i.method === 'AUTO_METRIC') {
    if (i.metricCode) out.metricCode = i.metricCode;
    if (i.mapping) out.mapping = i.mapping;
  }
  if (i.method === 'DEPARTMENT_SCORED') out.scoringOrgIds = i.scoringOrgIds ?? [];
  return out;
}

export function toSchemeInput(v: SchemeValues): SchemeInput {
  const weighted = num(v.processWeight) !== undefined && num(v.resultWeight) !== undefined;
  return {
    title: v.title.trim(),
    year: v.year,
    period: v.period,
    series: v.series.trim(),
    docNumber: blank(v.docNumber),
    definition: {
      baseTotal: v.baseTotal,
      bonusCap: v.bonusCap,
      rescale: Boolean(v.rescale),
      ...(weighted ? { processWeight: v.processWeight, resultWeight: v.resultWeight } : {}),
      targetGroups: v.targetGroups.map((g) => ({ code: g.code.trim(), name: g.name.trim(), tier: blank(g.tier), orgKind: g.orgKind ?? null, orgIds: g.orgIds ?? [] })),
      indicators: v.indicators.map(cleanIndicator),
      gradeBands: v.gradeBands.map((b) => ({ code: b.code.trim(), label: b.label.trim(), lowerBound: b.lowerBound })),
      vetoRules: v.vetoRules.map((r) =>
        r.manual
          ? { code: r.code.trim(), name: r.name.trim(), manual: true, effect: r.effect, citation: r.citation ?? null }
          : { ...r, code: r.code.trim(), name: r.name.trim(), manual: false },
      ),
      // The server's whole numbers are not optional: a rule that does not use one sends its neutral value.
      adjustmentRules: v.adjustmentRules.map((a) => ({ ...a, code: a.code.trim(), name: a.name.trim(), steps: a.steps ?? 1 })),
      consequenceRules: v.consequenceRules.map((c) => ({ ...c, code: c.code.trim(), count: c.count ?? 1, days: c.days ?? 0, dueOffsetDays: c.dueOffsetDays ?? 0 })),
      deadlines: {
        periodEnd: blank(v.deadlines.periodEnd),
        selfAssessmentDue: blank(v.deadlines.selfAssessmentDue),
        reviewDue: blank(v.deadlines.reviewDue),
        objectionDays: v.deadlines.objectionDays,
        publishBy: blank(v.deadlines.publishBy),
      },
    },
  };
}

function duplicates<T>(items: readonly T[], code: (item: T) => string, list: string, t: TFunction, errors: CheckResult['errors']) {
  const seen = new Set<string>();
  items.forEach((item, n) => {
    const c = code(item).trim();
    if (!c) return;
    if (seen.has(c)) errors.push({ name: [list, n, 'code'], message: t('assessments.check.duplicateCode', { code: c }) });
    seen.add(c);
  });
}

/**
 * The scheme check of the server (SchemeCheck) in the browser: structure first (codes, parents, leaves' points and
 * methods, bands, rules), then the sums publication needs (each group's leaves add up to the full score, parents to
 * their children, the bands run down to 0).
 */
export function checkScheme(v: SchemeValues, t: TFunction): CheckResult {
  const errors: CheckResult['errors'] = [];
  const pointIssues: string[] = [];
  const indicators = v.indicators.map(cleanIndicator);
  duplicates(v.targetGroups, (g) => g.code, 'targetGroups', t, errors);
  duplicates(indicators, (i) => i.code, 'indicators', t, errors);
  duplicates(v.gradeBands, (b) => b.code, 'gradeBands', t, errors);
  duplicates(v.vetoRules, (r) => r.code, 'vetoRules', t, errors);
  duplicates(v.adjustmentRules, (r) => r.code, 'adjustmentRules', t, errors);
  duplicates(v.consequenceRules, (r) => r.code, 'consequenceRules', t, errors);
  v.targetGroups.forEach((g, n) => {
    if (!g.orgKind && (g.orgIds ?? []).length === 0) errors.push({ name: ['targetGroups', n, 'orgKind'], message: t('assessments.issue.message.groupTargets') });
  });
  const codes = new Set(indicators.map((i) => i.code));
  const parentOf = new Map(indicators.map((i) => [i.code, i.parent ?? null]));
  const groupCodes = new Set(v.targetGroups.map((g) => g.code.trim()));
  const leafSet = new Set(leaves(indicators).map((i) => i.code));
  indicators.forEach((i, n) => {
    if (i.parent && !codes.has(i.parent)) errors.push({ name: ['indicators', n, 'parent'], message: t('assessments.issue.message.parentMissing') });
    else {
      const seen = new Set<string>();
      let at: string | null = i.code;
      while (at !== null) {
        if (seen.has(at)) {
          errors.push({ name: ['indicators', n, 'parent'], message: t('assessments.issue.message.cycle') });
          break;
        }
        seen.add(at);
        at = parentOf.get(at) ?? null;
      }
    }
    for (const g of i.appliesToGroups ?? []) if (!groupCodes.has(g)) errors.push({ name: ['indicators', n, 'appliesToGroups'], message: t('assessments.issue.message.groupMissing') });
    if (!leafSet.has(i.code)) return;
    if (i.maxPoints === undefined) errors.push({ name: ['indicators', n, 'maxPoints'], message: t('assessments.issue.message.leafPoints') });
    if (!i.method) errors.push({ name: ['indicators', n, 'method'], message: t('assessments.issue.message.leafMethod') });
    if (i.method === 'AUTO_METRIC' && !i.metricCode) errors.push({ name: ['indicators', n, 'metricCode'], message: t('assessments.issue.message.metricCode') });
    if (i.method === 'AUTO_METRIC' && i.metricCode && !i.mapping) errors.push({ name: ['indicators', n, 'metricCode'], message: t('assessments.issue.message.mapping') });
    if (i.method === 'AUTO_METRIC' && i.mapping?.kind === 'LINEAR' && (i.mapping.zeroAt === undefined || i.mapping.fullAt === undefined || i.mapping.zeroAt === i.mapping.fullAt)) {
      errors.push({ name: ['indicators', n, 'mapping', 'fullAt'], message: t('assessments.issue.message.mapping') });
    }
    if (i.method === 'CHECKLIST' && (i.checklist ?? []).length === 0) errors.push({ name: ['indicators', n, 'method'], message: t('assessments.issue.message.checklist') });
    if (i.method === 'DEPARTMENT_SCORED' && (i.scoringOrgIds ?? []).length === 0) pointIssues.push(t('assessments.check.departments', { indicator: `${i.code} ${i.name}` }));
  });
  // The sums publication needs (SchemeCheck.mismatches / incomplete).
  const leafList = indicators.filter((i) => leafSet.has(i.code));
  const total = v.baseTotal;
  for (const g of v.targetGroups) {
    const sum = leafList.filter((i) => appliesTo(i, g.code.trim())).reduce((a, i) => a + (i.maxPoints ?? 0), 0);
    if (v.rescale ? sum <= 0 : Math.abs(sum - total) > 1e-9) pointIssues.push(t('assessments.check.groupSum', { group: g.name || g.code, sum: pts(sum), total: pts(total) }));
  }
  indicators.forEach((p) => {
    const children = indicators.filter((c) => c.parent === p.code);
    if (children.length > 0 && p.maxPoints !== undefined && children.every((c) => c.maxPoints !== undefined)) {
      const sum = children.reduce((a, c) => a + (c.maxPoints ?? 0), 0);
      if (Math.abs(sum - p.maxPoints) > 1e-9) pointIssues.push(t('assessments.check.childrenSum', { indicator: `${p.code} ${p.name}`, sum: pts(sum), max: pts(p.maxPoints) }));
    }
  });
  if (leafList.length === 0) pointIssues.push(t('assessments.issue.message.noIndicators'));
  if (v.targetGroups.length === 0) pointIssues.push(t('assessments.issue.message.noGroups'));
  const bands = v.gradeBands;
  if (bands.length === 0) pointIssues.push(t('assessments.issue.message.noBands'));
  bands.forEach((b, n) => {
    const prev = n > 0 ? bands[n - 1] : undefined;
    if (prev && b.lowerBound >= prev.lowerBound) errors.push({ name: ['gradeBands', n, 'lowerBound'], message: t('assessments.issue.message.bandsOrder') });
  });
  const lowest = bands[bands.length - 1];
  if (lowest && lowest.lowerBound !== 0) errors.push({ name: ['gradeBands', bands.length - 1, 'lowerBound'], message: t('assessments.issue.message.lowestBand') });
  const top = bands[0];
  if (top && top.lowerBound > v.baseTotal + v.bonusCap) errors.push({ name: ['gradeBands', 0, 'lowerBound'], message: t('assessments.issue.message.bandUnreachable') });
  v.vetoRules.forEach((r, n) => {
    if (!r.manual && (!r.metric || !r.comparison || (r.threshold == null) === (r.thresholdMetric == null))) {
      errors.push({ name: ['vetoRules', n, 'metric'], message: t('assessments.issue.message.metricVeto') });
    }
  });
  v.adjustmentRules.forEach((a, n) => {
    if (a.kind === 'FALSIFICATION_DOWNGRADE' ? (a.steps ?? 0) < 1 : a.points == null) {
      errors.push({ name: ['adjustmentRules', n, a.kind === 'FALSIFICATION_DOWNGRADE' ? 'steps' : 'points'], message: t(a.kind === 'FALSIFICATION_DOWNGRADE' ? 'assessments.issue.message.downgradeSteps' : 'assessments.issue.message.adjustmentPoints') });
    }
  });
  const bandCodes = new Set(bands.map((b) => b.code.trim()));
  v.consequenceRules.forEach((c, n) => {
    if ((c.trigger === 'GRADE' || c.trigger === 'CONSECUTIVE_GRADE') && (!c.grade || !bandCodes.has(c.grade))) errors.push({ name: ['consequenceRules', n, 'grade'], message: t('assessments.issue.message.gradeMissing') });
    if (c.trigger === 'ACCIDENT' && !c.accidentLevel) errors.push({ name: ['consequenceRules', n, 'accidentLevel'], message: t('assessments.issue.message.accidentLevel') });
    if ((c.trigger === 'CONSECUTIVE_GRADE' || c.trigger === 'CONSECUTIVE_LAST_RANK') && (c.count ?? 0) < 2) errors.push({ name: ['consequenceRules', n, 'count'], message: t('assessments.issue.message.consecutiveCount') });
  });
  if ((num(v.processWeight) === undefined) !== (num(v.resultWeight) === undefined)) errors.push({ name: ['resultWeight'], message: t('assessments.issue.message.weightsTogether') });
  return { errors, pointIssues };
}

/** A server field path ("definition.indicators[3].maxPoints", "/definition/indicators/3/maxPoints") as a form name. */
export function toNamePath(field: string): NamePath {
  const path = field.replace(/^\//, '').replace(/\//g, '.').replace(/\[(\d+)\]/g, '.$1').replace(/^definition\./, '').replace(/^deadlines\./, 'deadlines.');
  return path.split('.').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
