import type { FieldError } from '@/lib/problem';
import type { Org } from '../api/get-org';
import type { OrgInput } from '../api/update-org';

/** What the edit form changes; code, kind, level and parent are structural and stay as loaded. */
export interface OrgFormValues {
  name: string;
  address?: string;
  industries?: string[];
  industry?: string;
  employees?: number | null;
  highRisk?: boolean;
  emergencyKeyCategory?: Org['emergencyKeyCategory'];
  riskColor?: Org['riskColor'];
  riskClass?: Org['riskClass'];
}

export const orgFormFields = [
  'name',
  'address',
  'industries',
  'industry',
  'employees',
  'highRisk',
  'emergencyKeyCategory',
  'riskColor',
  'riskClass',
] as const satisfies readonly (keyof OrgFormValues)[];

export type OrgFormField = (typeof orgFormFields)[number];

export function toFormValues(org: Org): OrgFormValues {
  return {
    name: org.name,
    address: org.address ?? '',
    industries: org.industries,
    industry: org.industry ?? undefined,
    employees: org.employees ?? null,
    highRisk: org.highRisk,
    emergencyKeyCategory: org.emergencyKeyCategory ?? undefined,
    riskColor: org.riskColor ?? undefined,
    riskClass: org.riskClass ?? undefined,
  };
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function toOrgInput(org: Org, values: OrgFormValues): OrgInput {
  const input: OrgInput = {
    code: org.code,
    name: values.name.trim(),
    kind: org.kind,
    regionLevel: org.regionLevel ?? undefined,
    parentId: org.parentId ?? undefined,
    address: blankToUndefined(values.address),
    industries: org.kind === 'DEPARTMENT' ? (values.industries ?? []) : org.industries,
  };
  if (org.kind === 'ENTERPRISE') {
    input.industry = values.industry;
    input.employees = values.employees ?? undefined;
    input.highRisk = values.highRisk ?? false;
    // absent when the enterprise is no emergency key unit (cleared in the form)
    input.emergencyKeyCategory = values.emergencyKeyCategory ?? undefined;
    input.riskColor = values.riskColor ?? undefined;
    input.riskClass = values.riskClass ?? undefined;
  }
  return input;
}

/**
 * Matches a problem's field path to a form field. Servers name fields as "name",
 * "address", "input.address", "industries[0]" or "/address"; the last segment decides.
 */
export function formFieldOf(path: string): OrgFormField | undefined {
  const last = path.replace(/\[\d*\]/g, '').split(/[./]/).filter(Boolean).pop();
  return orgFormFields.find((field) => field === last);
}

export function splitFieldErrors(errors: readonly FieldError[]) {
  const byField = new Map<OrgFormField, string[]>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const field = formFieldOf(error.field);
    if (field) byField.set(field, [...(byField.get(field) ?? []), error.message]);
    else unmatched.push(error);
  }
  return { byField, unmatched };
}
