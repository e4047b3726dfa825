import type { components } from '@/api/schema';

export type EmergencyPlan = components['schemas']['EmergencyPlan'];
export type EmergencyPlanInput = components['schemas']['EmergencyPlanInput'];
export type EmergencyPlanKind = components['schemas']['EmergencyPlanKind'];
export type DrillObligation = components['schemas']['DrillObligation'];
export type DrillObligationList = components['schemas']['DrillObligationList'];
export type Drill = components['schemas']['Drill'];
export type DrillInput = components['schemas']['DrillInput'];
export type DrillForm = components['schemas']['DrillForm'];
export type DrillScope = components['schemas']['DrillScope'];
export type DrillStatus = components['schemas']['DrillStatus'];
export type TerminationReason = components['schemas']['TerminationReason'];

/** The enum values in the contract's order, for filters and forms (labels come from the catalog). */
export const planKinds: readonly EmergencyPlanKind[] = ['COMPREHENSIVE', 'SPECIAL', 'ONSITE'];
export const drillForms: readonly DrillForm[] = ['TABLETOP', 'LIVE'];
export const drillScopes: readonly DrillScope[] = ['SINGLE', 'COMPREHENSIVE'];
export const drillStatuses: readonly DrillStatus[] = ['CONDUCTED', 'TERMINATED'];
export const terminationReasons: readonly TerminationReason[] = ['SAFETY_INCIDENT', 'REAL_EMERGENCY', 'OTHER'];

/** A plan with the ETag the server sent, needed as If-Match when saving or deleting it. */
export interface VersionedPlan {
  plan: EmergencyPlan;
  etag: string | null;
}
