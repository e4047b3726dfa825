import { describe, expect, it } from 'vitest';
import { callerCapabilityValues } from '@/api/enums';
import { navItems, phoneMoreItems, phoneNavItems, visibleNavItems } from './navigation';

const paths = (items: readonly { path: string }[]) => items.map((item) => item.path);

describe('navigation from the capabilities /me lists', () => {
  it('shows every signed-in caller the pages that need no capability', () => {
    expect(paths(visibleNavItems([]))).toEqual(['/', '/hazards', '/duties', '/duties/rules', '/orgs', '/me']);
  });

  it('adds each page exactly when its capability is listed', () => {
    for (const { path, capability } of navItems) {
      if (!capability) continue;
      expect(paths(visibleNavItems([capability]))).toContain(path);
      expect(paths(visibleNavItems(callerCapabilityValues.filter((c) => c !== capability)))).not.toContain(path);
    }
  });

  it('needs only capabilities of the contract', () => {
    for (const item of navItems) {
      if (item.capability) expect(callerCapabilityValues).toContain(item.capability);
    }
  });

  it('puts what does not fit the phone tab bar under 更多', () => {
    const all = [...callerCapabilityValues];
    expect(paths(phoneNavItems(all))).toEqual(['/', '/hazards', '/hazards/report', '/hazards/tasks']);
    expect(paths(phoneMoreItems(all))).toEqual(['/hazards/stats', '/hazards/statutory', '/duties', '/duties/records', '/duties/matrix', '/duties/signing', '/duties/gaps', '/lists', '/duties/rules', '/drills/owed', '/drills', '/drills/plans', '/drills/calendar', '/drills/year-plans', '/drills/coverage', '/drill-spot-checks', '/drill-spot-checks/on-site', '/drills/key-unit-reports', '/accidents', '/accidents/control', '/assessments', '/my-unit', '/accountability', '/orgs', '/me', '/audit']);
  });

  it("gives an enterprise's phone 应演练, 演练记录 and 应急预案 under 更多, and no accident desk", () => {
    const enterprise = ['REPORT_HAZARDS', 'ACT_ON_HAZARDS', 'VIEW_STATUTORY_REPORT', 'MANAGE_DRILLS'] as const;
    expect(paths(phoneMoreItems([...enterprise]))).toEqual(['/hazards/statutory', '/duties', '/duties/rules', '/drills/owed', '/drills', '/drills/plans', '/orgs', '/me']);
    expect(paths(visibleNavItems(['VIEW_HAZARD_STATS']))).not.toContain('/drills/owed');
  });

  it("gives a unit leader's phone 我的单位考核 a tab, and the register under 更多", () => {
    const leader = ['VIEW_HAZARD_STATS', 'VIEW_STATUTORY_REPORT', 'VIEW_UNIT_OUTLOOK', 'ACT_ON_ACCOUNTABILITY'] as const;
    expect(paths(phoneNavItems([...leader]))).toEqual(['/', '/hazards', '/duties', '/my-unit']);
    expect(paths(phoneMoreItems([...leader]))).toContain('/accountability');
    expect(paths(visibleNavItems(['VIEW_HAZARD_STATS']))).not.toContain('/my-unit');
  });

  it("gives a leader's phone 我的职责 a tab of its own", () => {
    expect(paths(phoneNavItems(['VIEW_HAZARD_STATS', 'VIEW_STATUTORY_REPORT']))).toEqual(['/', '/hazards', '/hazards/stats', '/duties']);
  });
});
