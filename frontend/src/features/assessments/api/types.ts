import type { components } from '@/api/schema';

type S = components['schemas'];

export type Scheme = S['AssessmentScheme'];
export type SchemeInput = S['AssessmentSchemeInput'];
export type SchemeDefinition = S['AssessmentSchemeDefinition'];
export type SchemeAction = S['AssessmentSchemeAction'];
export type SchemeStatus = S['AssessmentSchemeStatus'];
export type SchemeTransition = S['AssessmentSchemeTransition'];
export type SchemeEvent = S['AssessmentSchemeEvent'];
export type Indicator = S['AssessmentIndicator'];
export type GradeBand = S['AssessmentGradeBand'];
export type TargetGroup = S['AssessmentTargetGroup'];
export type Assessment = S['Assessment'];
export type AssessmentAction = S['AssessmentAction'];
export type AssessmentStatus = S['AssessmentStatus'];
export type AssessmentTransition = S['AssessmentTransition'];
export type ValueInput = S['AssessmentValueInput'];
export type ValueEntry = S['AssessmentValueEntry'];
export type ExplainedScore = S['AssessmentExplainedScore'];
export type LeafScore = S['AssessmentLeafScore'];
export type Trace = S['AssessmentTrace'];

export interface VersionedScheme {
  scheme: Scheme;
  etag: string | null;
}

export interface VersionedAssessment {
  assessment: Assessment;
  etag: string | null;
}

/** The scheme actions in button order. */
export const schemeActions: readonly SchemeAction[] = ['PUBLISH', 'OPEN', 'START_REVIEW', 'PROPOSE_RESULTS', 'APPROVE', 'PUBLISH_RESULTS', 'CLOSE', 'REVISE'];

/** The assessment actions in button order. */
export const assessmentActions: readonly AssessmentAction[] = [
  'START',
  'SUBMIT_SELF',
  'REVIEW',
  'COMPLETE_REVIEW',
  'RETURN_FOR_SUPPLEMENT',
  'OBJECT',
  'DECIDE',
];

/** The indicators with no children: the ones that carry points. */
export function leaves(indicators: readonly Indicator[]): Indicator[] {
  const parents = new Set(indicators.flatMap((i) => (i.parent ? [i.parent] : [])));
  return indicators.filter((i) => !parents.has(i.code));
}

/** Whether a leaf counts for a group (no groups named: every group). */
export function appliesTo(indicator: Indicator, group: string): boolean {
  return !indicator.appliesToGroups || indicator.appliesToGroups.length === 0 || indicator.appliesToGroups.includes(group);
}

/** Indicators in tree order (parents before their children), each with its depth. */
export function treeOrder(indicators: readonly Indicator[]): { indicator: Indicator; depth: number }[] {
  const codes = new Set(indicators.map((i) => i.code));
  const out: { indicator: Indicator; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const i of indicators) {
      const p = i.parent && codes.has(i.parent) ? i.parent : null;
      if (p === parent && !seen.has(i.code)) {
        seen.add(i.code);
        out.push({ indicator: i, depth });
        visit(i.code, depth + 1);
      }
    }
  };
  visit(null, 0);
  // Whatever a cycle kept out comes last, flat.
  for (const i of indicators) if (!seen.has(i.code)) out.push({ indicator: i, depth: 0 });
  return out;
}

/** A number as officials write points: no trailing zeros. */
export function pts(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return String(Math.round(value * 100) / 100);
}
