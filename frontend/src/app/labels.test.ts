import { describe, expect, it } from 'vitest';
import { acceptorKinds, hazardActions, hazardCategories, hazardLevels, hazardSources, hazardStates, rejectionReasons, supervisionLevels } from '@/features/hazards/api/types';
import { orgKinds } from '@/features/orgs/api/get-orgs';
import { roles } from '@/lib/session';
import { createI18n, languages } from '@/i18n/i18n';
import en from '@/i18n/labels/en.json';
import zhCN from '@/i18n/labels/zh-CN.json';

/** Every vocabulary the SPA lists, by the contract schema its labels sit under. */
const vocabularies: Record<string, readonly string[]> = {
  'label.enum.State': hazardStates,
  'label.enum.Level': hazardLevels,
  'label.enum.Source': hazardSources,
  'label.enum.Category': hazardCategories,
  'label.enum.Action': hazardActions,
  'label.enum.RejectionReason': rejectionReasons,
  'label.enum.AcceptorKind': acceptorKinds,
  'label.enum.SupervisionLevel': supervisionLevels,
  'label.enum.OrgKind': orgKinds,
  'label.role': roles,
};

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(/_(one|other)$/, '')];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('label catalog', () => {
  it('labels every value the SPA shows, in every language', async () => {
    for (const language of languages) {
      const i18n = await createI18n(language);
      const missing = Object.entries(vocabularies).flatMap(([prefix, values]) =>
        values.filter((v) => !i18n.exists(`${prefix}.${v}`)).map((v) => `${language}: ${prefix}.${v}`),
      );
      expect(missing).toEqual([]);
    }
  });

  it('has the same labels in both languages', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(zhCN))].sort());
  });

  it('names history steps as their buttons do', async () => {
    const i18n = await createI18n('zh-CN');
    expect(i18n.t('label.enum.Action.REJECT')).toBe('退回');
    expect(i18n.t('label.enum.Action.SUBMIT_FOR_ACCEPTANCE')).toBe('提交验收');
    expect(i18n.t('label.enum.State.REPORTED')).toBe('待确认');
  });
});
