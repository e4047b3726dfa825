import dayjs, { type Dayjs } from 'dayjs';
import type { Accident, AccidentInput, ReportingIssue } from '../api/types';

/** What the form holds; the dates are dayjs for antd's pickers, liability a three-way choice. */
export interface AccidentFormValues {
  title: string;
  occurredAt: Dayjs;
  reportedAt?: Dayjs | null;
  territoryId?: string | null;
  enterpriseId?: string | null;
  industry?: string | null;
  deaths: number;
  seriousInjuries: number;
  directLossYuan: number;
  liability: 'UNKNOWN' | 'YES' | 'NO';
  reportingIssues: ReportingIssue[];
  investigationDoc?: string;
  description?: string;
  reason?: string;
}

export const accidentFormFields = [
  'title',
  'occurredAt',
  'reportedAt',
  'territoryId',
  'enterpriseId',
  'industry',
  'deaths',
  'seriousInjuries',
  'directLossYuan',
  'liability',
  'reportingIssues',
  'investigationDoc',
  'description',
  'reason',
] as const;

export function emptyValues(): Partial<AccidentFormValues> {
  return { deaths: 0, seriousInjuries: 0, directLossYuan: 0, liability: 'UNKNOWN', reportingIssues: [] };
}

export function toFormValues(a: Accident): AccidentFormValues {
  return {
    title: a.title,
    occurredAt: dayjs(a.occurredAt),
    reportedAt: a.reportedAt ? dayjs(a.reportedAt) : null,
    territoryId: a.territoryId,
    enterpriseId: a.enterpriseId,
    industry: a.industry,
    deaths: a.deaths,
    seriousInjuries: a.seriousInjuries,
    directLossYuan: a.directLossYuan,
    liability: a.liability === null ? 'UNKNOWN' : a.liability ? 'YES' : 'NO',
    reportingIssues: a.reportingIssues,
    investigationDoc: a.investigationDoc ?? '',
    description: a.description ?? '',
  };
}

function blank(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The body the API takes. LATE is derived by the server from the report time, so the form sends only the issues the
 * user marked; a correction carries the reason and keeps the attachments the accident has.
 */
export function toAccidentInput(values: AccidentFormValues, existing?: Accident): AccidentInput {
  const input: AccidentInput = {
    title: values.title.trim(),
    occurredAt: values.occurredAt.format(),
    deaths: values.deaths,
    seriousInjuries: values.seriousInjuries,
    directLossYuan: values.directLossYuan,
    reportingIssues: values.reportingIssues,
  };
  if (values.reportedAt) input.reportedAt = values.reportedAt.format();
  if (values.territoryId) input.territoryId = values.territoryId;
  if (values.enterpriseId) input.enterpriseId = values.enterpriseId;
  if (values.industry) input.industry = values.industry;
  if (values.liability !== 'UNKNOWN') input.liability = values.liability === 'YES';
  const doc = blank(values.investigationDoc);
  if (doc) input.investigationDoc = doc;
  const description = blank(values.description);
  if (description) input.description = description;
  if (existing) {
    input.attachmentIds = existing.attachments.map((file) => file.id);
    if (existing.externalRef) input.externalRef = existing.externalRef;
    const reason = blank(values.reason);
    if (reason) input.reason = reason;
  }
  return input;
}
