import type { components } from '@/api/schema';

export type Accident = components['schemas']['Accident'];
export type AccidentInput = components['schemas']['AccidentInput'];
export type AccidentLevel = components['schemas']['AccidentLevel'];
export type ReportingIssue = components['schemas']['ReportingIssue'];
export type AccidentEvent = components['schemas']['AccidentEvent'];
export type ControlIndicatorStatus = components['schemas']['ControlIndicatorStatus'];
export type ControlStatusItem = components['schemas']['ControlIndicatorStatusItem'];
export type ControlWarningLevel = components['schemas']['ControlWarningLevel'];

/** The enum values in the contract's order, for filters and forms (labels come from the catalog). */
export const accidentLevels: readonly AccidentLevel[] = ['GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'];
export const reportingIssues: readonly ReportingIssue[] = ['LATE', 'OMITTED', 'FALSE_REPORT', 'CONCEALED'];

/** An accident with the ETag the server sent, needed as If-Match when correcting it. */
export interface VersionedAccident {
  accident: Accident;
  etag: string | null;
}
