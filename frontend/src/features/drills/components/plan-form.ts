import dayjs, { type Dayjs } from 'dayjs';
import type { EmergencyPlan, EmergencyPlanInput, EmergencyPlanKind } from '../api/types';

export interface PlanFormValues {
  orgId: string;
  kind: EmergencyPlanKind;
  title: string;
  scenarioTypes: string[];
  planVersion: string;
  effectiveDate?: Dayjs | null;
  filingNo?: string;
  lastReviewDate?: Dayjs | null;
}

export const planFormFields = ['orgId', 'kind', 'title', 'scenarioTypes', 'planVersion', 'effectiveDate', 'filingNo', 'lastReviewDate'] as const;

export function toPlanFormValues(plan: EmergencyPlan): PlanFormValues {
  return {
    orgId: plan.orgId,
    kind: plan.kind,
    title: plan.title,
    scenarioTypes: plan.scenarioTypes,
    planVersion: plan.planVersion,
    effectiveDate: plan.effectiveDate ? dayjs(plan.effectiveDate) : null,
    filingNo: plan.filingNo ?? '',
    lastReviewDate: plan.lastReviewDate ? dayjs(plan.lastReviewDate) : null,
  };
}

export function toPlanInput(values: PlanFormValues): EmergencyPlanInput {
  const input: EmergencyPlanInput = {
    orgId: values.orgId,
    kind: values.kind,
    title: values.title.trim(),
    planVersion: values.planVersion.trim(),
    scenarioTypes: values.scenarioTypes.map((s) => s.trim()).filter(Boolean),
  };
  if (values.effectiveDate) input.effectiveDate = values.effectiveDate.format('YYYY-MM-DD');
  if (values.lastReviewDate) input.lastReviewDate = values.lastReviewDate.format('YYYY-MM-DD');
  const filingNo = values.filingNo?.trim();
  if (filingNo) input.filingNo = filingNo;
  return input;
}
