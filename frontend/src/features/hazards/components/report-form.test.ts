import { describe, expect, it } from 'vitest';
import { optionalText, validateReport, type ReportDraft } from './report-form';

const draft: ReportDraft = {
  photos: [],
  enterpriseId: 'org-qc',
  title: '配电箱未接地',
  level: 'GENERAL',
  category: 'ELECTRICAL',
  source: 'INSPECTION',
  description: '',
  locationText: '',
};

describe('report form checks', () => {
  it('passes a complete report', () => {
    expect(validateReport(draft, { needsEnterprise: true })).toEqual({});
  });

  it('asks for the enterprise unless the reporter is one', () => {
    const without = { ...draft, enterpriseId: '' };
    expect(validateReport(without, { needsEnterprise: true })).toEqual({ enterpriseId: 'hazards.validation.enterprise' });
    expect(validateReport(without, { needsEnterprise: false })).toEqual({});
  });

  it('refuses a blank or too long title', () => {
    expect(validateReport({ ...draft, title: '   ' }, { needsEnterprise: true })).toEqual({ title: 'hazards.validation.title' });
    expect(validateReport({ ...draft, title: 'x'.repeat(201) }, { needsEnterprise: true })).toEqual({ title: 'hazards.validation.title' });
    expect(validateReport({ ...draft, title: ` ${'x'.repeat(200)} ` }, { needsEnterprise: true })).toEqual({});
  });

  it('leaves blank optional texts out', () => {
    expect(optionalText('  ')).toBeUndefined();
    expect(optionalText(' 三号楼 ')).toBe('三号楼');
  });
});
