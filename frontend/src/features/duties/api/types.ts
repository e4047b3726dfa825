import type { components } from '@/api/schema';

/**
 * An obligation owed under a requirement rule or, once lists land, under a list's duty item: the rule's fields are
 * then empty, so they are read as possibly null either way.
 */
export type Obligation = Omit<components['schemas']['Obligation'], 'ruleId' | 'ruleCode' | 'citation'> & {
  ruleId: string | null;
  ruleCode: string | null;
  citation: string | null;
};
export type ObligationStatus = components['schemas']['ObligationStatus'];
export type RequirementRule = components['schemas']['RequirementRule'];
/** The server leaves out every empty criterion (JsonInclude NON_EMPTY), so each may be absent. */
export type AppliesTo = Partial<components['schemas']['AppliesTo']>;
