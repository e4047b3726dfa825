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
};
