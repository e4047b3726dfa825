import type { CoverageFilters } from './coverage';
import type { PlanFilters } from './plans';

/** Every query key of the drill feature, from one factory (the first element is what the offline snapshot keeps). */
export const drillKeys = {
  all: ['drills'] as const,
  plans: () => [...drillKeys.all, 'plans'] as const,
  planList: (filters: PlanFilters) => [...drillKeys.plans(), 'list', filters] as const,
  plan: (id: string) => [...drillKeys.plans(), 'detail', id] as const,
  /** A recorded drill changes what is owed: recording invalidates every obligation list under this key. */
  obligations: () => [...drillKeys.all, 'obligations'] as const,
  obligationList: (orgId: string) => [...drillKeys.obligations(), orgId] as const,
  drills: () => [...drillKeys.all, 'drill-list'] as const,
  drillList: (orgId: string | undefined) => [...drillKeys.drills(), orgId ?? 'scope'] as const,
  /** One drill, its history and its timeline: a transition refreshes all three. */
  drill: (id: string) => [...drillKeys.all, 'drill', id] as const,
  drillHistory: (id: string) => [...drillKeys.drill(id), 'history'] as const,
  drillTimeline: (id: string) => [...drillKeys.drill(id), 'timeline'] as const,
  /** The drill's evaluation: under the drill, so a transition (SUBMIT_EVALUATION seals it) refreshes it. */
  evaluation: (id: string) => [...drillKeys.drill(id), 'evaluation'] as const,
  /** The findings of the drill's evaluation: under the drill, refreshed with it. */
  findings: (id: string) => [...drillKeys.drill(id), 'findings'] as const,
  evaluationTemplates: () => [...drillKeys.all, 'evaluation-templates'] as const,
  evaluationTemplate: (id: string) => [...drillKeys.evaluationTemplates(), id] as const,
  /** The drills of one month (YYYY-MM) for the calendar; part of the drill lists, so a transition refreshes it. */
  drillMonth: (orgId: string | undefined, month: string) => [...drillKeys.drills(), 'month', orgId ?? 'scope', month] as const,
  /** Coverage follows the obligations: what changes a drill's counting refreshes it. */
  coverage: (filters: CoverageFilters) => [...drillKeys.obligations(), 'coverage', filters] as const,
  debts: (filters: CoverageFilters) => [...drillKeys.obligations(), 'debts', filters] as const,
  /** Plans and scenario types of a subtree not drilled in three years: a held drill changes it, as it does the obligations. */
  scenarios: (orgId: string) => [...drillKeys.obligations(), 'scenarios', orgId] as const,
  yearPlans: () => [...drillKeys.all, 'year-plans'] as const,
  yearPlanList: (orgId: string | undefined, year: number | undefined) => [...drillKeys.yearPlans(), 'list', orgId ?? 'scope', year ?? 'all'] as const,
  yearPlan: (id: string) => [...drillKeys.yearPlans(), 'detail', id] as const,
  yearPlanHistory: (id: string) => [...drillKeys.yearPlan(id), 'history'] as const,
};
