import type { components } from '@/api/schema';

export type ObligationStatus = components['schemas']['ObligationStatus'];
export type RequirementRule = components['schemas']['RequirementRule'];
/** The server leaves out every empty criterion (JsonInclude NON_EMPTY), so each may be absent. */
export type AppliesTo = Partial<components['schemas']['AppliesTo']>;
