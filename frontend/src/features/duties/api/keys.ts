import type { ObligationFilters } from './get-obligations';

/** Every query key of the duty feature, from one factory: a write invalidates `dutyKeys.obligations()` at once. */
export const dutyKeys = {
  all: ['duties'] as const,
  obligations: () => [...dutyKeys.all, 'obligations'] as const,
  obligationList: (filters: ObligationFilters) => [...dutyKeys.obligations(), filters] as const,
  rules: () => [...dutyKeys.all, 'rules'] as const,
};
