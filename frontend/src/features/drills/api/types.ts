import { drillActionValues } from '@/api/enums';
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
export type DrillPurpose = components['schemas']['DrillPurpose'];
export type DrillAction = components['schemas']['DrillAction'];
export type DrillFileKind = components['schemas']['DrillFileKind'];
export type DrillTransition = components['schemas']['DrillTransition'];
export type DrillEvent = components['schemas']['DrillEvent'];
export type TimelineKind = components['schemas']['TimelineKind'];
export type TimelineEntry = components['schemas']['DrillTimelineEntry'];
export type TimelineEntryInput = components['schemas']['DrillTimelineEntryInput'];
export type TerminationReason = components['schemas']['TerminationReason'];
export type YearPlan = components['schemas']['DrillYearPlan'];
export type YearPlanInput = components['schemas']['DrillYearPlanInput'];
export type YearPlanItem = components['schemas']['DrillYearPlanItem'];
export type YearPlanAction = components['schemas']['YearPlanAction'];
export type YearPlanStatus = components['schemas']['YearPlanStatus'];

/** The enum values in the contract's order, for filters and forms (labels come from the catalog). */
export const planKinds: readonly EmergencyPlanKind[] = ['COMPREHENSIVE', 'SPECIAL', 'ONSITE'];
export const drillForms: readonly DrillForm[] = ['TABLETOP', 'LIVE'];
export const drillScopes: readonly DrillScope[] = ['SINGLE', 'COMPREHENSIVE'];
export const drillPurposes: readonly DrillPurpose[] = ['VERIFY', 'DEMONSTRATE', 'RESEARCH'];
export const drillStatuses: readonly DrillStatus[] = ['CONDUCTED', 'TERMINATED'];
export const terminationReasons: readonly TerminationReason[] = ['SAFETY_INCIDENT', 'REAL_EMERGENCY', 'OTHER'];
export const timelineKinds: readonly TimelineKind[] = ['INJECT', 'ACTION', 'OBSERVATION', 'INCIDENT'];
/** The documents of a drill in the order GL09 lists them; photos are shown apart. */
export const documentKinds: readonly Exclude<DrillFileKind, 'PHOTO'>[] = [
  'WORK_PLAN',
  'SCRIPT',
  'EVALUATION_PLAN',
  'SUPPORT_PLAN',
  'SAFETY_PLAN',
  'OBSERVER_HANDBOOK',
  'PUBLIC_NOTICE',
];

/**
 * The actions of a drill's action bar, in button order: before and during the drill, then once it is evaluated (结案归档,
 * 报送监管部门, 重新打开). The others have their own places: PLAN and RECORD_PAST create a drill, LOG is the timeline,
 * ATTACH the documents and photos, SUBMIT_EVALUATION the evaluation card (`drillActionsElsewhere`).
 */
export const drillBarActions = ['PREPARE', 'MARK_READY', 'START', 'END', 'POSTPONE', 'TERMINATE', 'CANCEL', 'CLOSE', 'REPORT_TO_REGULATOR', 'REOPEN'] as const;

/** The drill actions taken outside the action bar, each on its own form. */
export const drillActionsElsewhere = ['PLAN', 'RECORD_PAST', 'LOG', 'ATTACH', 'SUBMIT_EVALUATION'] as const;
export type DrillBarAction = (typeof drillBarActions)[number];

export function isDrillBarAction(action: string): action is DrillBarAction {
  return (drillBarActions as readonly string[]).includes(action);
}

/** Whether the history's action is a drill action (the contract's enum), to be labelled as one. */
export function isDrillAction(action: string): action is DrillAction {
  return (drillActionValues as readonly string[]).includes(action);
}

export const yearPlanActions: readonly YearPlanAction[] = ['SUBMIT', 'APPROVE', 'REJECT'];

export function isYearPlanAction(action: string): action is YearPlanAction {
  return (yearPlanActions as readonly string[]).includes(action);
}

/** A plan with the ETag the server sent, needed as If-Match when saving or deleting it. */
export interface VersionedPlan {
  plan: EmergencyPlan;
  etag: string | null;
}

/** A drill with its ETag, sent back as If-Match with an action. */
export interface VersionedDrill {
  drill: Drill;
  etag: string | null;
}

export interface VersionedYearPlan {
  plan: YearPlan;
  etag: string | null;
}

export type DrillEvaluation = components['schemas']['DrillEvaluation'];
export type DrillEvaluationInput = components['schemas']['DrillEvaluationInput'];
export type DrillEvaluationAnswer = components['schemas']['DrillEvaluationAnswer'];
export type DrillEvaluationResult = components['schemas']['DrillEvaluationResult'];
export type DrillEvaluationConclusion = components['schemas']['DrillEvaluationConclusion'];
export type DrillEvaluator = components['schemas']['DrillEvaluator'];
export type DrillEvaluatorKind = components['schemas']['DrillEvaluatorKind'];
export type DrillSelfAssessment = components['schemas']['DrillSelfAssessment'];
export type EvaluationTemplate = components['schemas']['DrillEvaluationTemplate'];
export type EvaluationTemplateItem = components['schemas']['DrillEvaluationItem'];

export const evaluationConclusions: readonly DrillEvaluationConclusion[] = ['ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED_REDRILL'];
export const evaluatorKinds: readonly DrillEvaluatorKind[] = ['INTERNAL', 'THIRD_PARTY'];
export const yesNoResults: readonly DrillEvaluationResult[] = ['YES', 'NO', 'NA'];

/** A drill's evaluation with its ETag (If-Match of the next save); null while none is entered. */
export interface VersionedEvaluation {
  evaluation: DrillEvaluation;
  etag: string | null;
}

export type DrillFinding = components['schemas']['DrillFinding'];
export type DrillFindingInput = components['schemas']['DrillFindingInput'];
export type DrillFindingCategory = components['schemas']['DrillFindingCategory'];
export type DrillFindingSeverity = components['schemas']['DrillFindingSeverity'];
export type DrillFindingStatus = components['schemas']['DrillFindingStatus'];
export type DrillFindingAction = components['schemas']['DrillFindingAction'];
export type DrillFindingTransition = components['schemas']['DrillFindingTransition'];
export type DrillCorrectiveActionKind = components['schemas']['DrillCorrectiveActionKind'];

export const findingCategories: readonly DrillFindingCategory[] = ['PLAN', 'ORGANIZATION', 'PERSONNEL', 'MECHANISM', 'RESOURCES'];
export const findingSeverities: readonly DrillFindingSeverity[] = ['MAJOR', 'GENERAL'];
export const correctiveActionKinds: readonly DrillCorrectiveActionKind[] = ['PLAN_REVISION', 'TRAINING', 'EQUIPMENT', 'HAZARD_TICKET', 'OTHER'];
/** A finding's actions in button order. */
export const findingActions: readonly DrillFindingAction[] = ['START', 'COMPLETE', 'VERIFY', 'CONVERT'];

export interface VersionedFinding {
  finding: DrillFinding;
  etag: string | null;
}
