import {
  ApartmentIcon,
  AuditIcon,
  BarChartIcon,
  CameraIcon,
  CheckSquareIcon,
  DashboardIcon,
  FileDoneIcon,
  ProfileIcon,
  ReadIcon,
  UserIcon,
  WarningIcon,
} from '@/lib/icons';
import type { ReactNode } from 'react';
import type { Capability } from '@/lib/session';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** The capability (from /me) the item needs; absent means every signed-in user. */
  capability?: Capability;
}

export const navItems: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.workbench', icon: <DashboardIcon /> },
  { path: '/hazards', labelKey: 'nav.hazards', icon: <WarningIcon /> },
  { path: '/hazards/report', labelKey: 'nav.report', icon: <CameraIcon />, capability: 'REPORT_HAZARDS' },
  { path: '/hazards/tasks', labelKey: 'nav.tasks', icon: <CheckSquareIcon />, capability: 'ACT_ON_HAZARDS' },
  { path: '/hazards/stats', labelKey: 'nav.stats', icon: <BarChartIcon />, capability: 'VIEW_HAZARD_STATS' },
  { path: '/hazards/statutory', labelKey: 'nav.statutory', icon: <FileDoneIcon />, capability: 'VIEW_STATUTORY_REPORT' },
  { path: '/duties', labelKey: 'nav.duties', icon: <ProfileIcon /> },
  // The duty reports' routes admit the roles that read the hazard statistics (admin, safety office, department,
  // leader); the contract has no capability of their own yet.
  { path: '/duties/records', labelKey: 'nav.records', icon: <FileDoneIcon />, capability: 'REVIEW_FULFILMENT' },
  { path: '/duties/matrix', labelKey: 'nav.matrix', icon: <BarChartIcon />, capability: 'VIEW_DUTY_REPORTS' },
  { path: '/duties/signing', labelKey: 'nav.signing', icon: <FileDoneIcon />, capability: 'VIEW_DUTY_REPORTS' },
  { path: '/duties/gaps', labelKey: 'nav.gaps', icon: <WarningIcon />, capability: 'VIEW_DUTY_REPORTS' },
  { path: '/lists', labelKey: 'nav.lists', icon: <FileDoneIcon />, capability: 'ISSUE_LISTS' },
  { path: '/duties/rules', labelKey: 'nav.rules', icon: <ReadIcon /> },
  { path: '/drills/owed', labelKey: 'nav.drillsOwed', icon: <CheckSquareIcon />, capability: 'MANAGE_DRILLS' },
  { path: '/drills', labelKey: 'nav.drills', icon: <FileDoneIcon />, capability: 'MANAGE_DRILLS' },
  { path: '/drills/plans', labelKey: 'nav.plans', icon: <ReadIcon />, capability: 'MANAGE_DRILLS' },
  // Whoever takes part in drills (the 总指挥 who starts them, evaluators, offices) finds them by day and by yearly plan.
  { path: '/drills/calendar', labelKey: 'nav.drillCalendar', icon: <CheckSquareIcon />, capability: 'ACT_ON_DRILLS' },
  { path: '/drills/year-plans', labelKey: 'nav.yearPlans', icon: <FileDoneIcon />, capability: 'ACT_ON_DRILLS' },
  { path: '/drills/coverage', labelKey: 'nav.drillCoverage', icon: <BarChartIcon />, capability: 'ACT_ON_DRILLS' },
  // Spot checks of key units' drills (D3): the regulators plan and record them, the checked unit answers its orders.
  { path: '/drill-spot-checks', labelKey: 'nav.spotChecks', icon: <AuditIcon />, capability: 'ACT_ON_SPOT_CHECKS' },
  { path: '/drill-spot-checks/on-site', labelKey: 'nav.spotCheckOnSite', icon: <CameraIcon />, capability: 'MANAGE_SPOT_CHECKS' },
  { path: '/drills/key-unit-reports', labelKey: 'nav.keyUnitReports', icon: <FileDoneIcon />, capability: 'MANAGE_SPOT_CHECKS' },
  // Anyone may read the register; it is the desk of those who watch the control indicators (and the offices who enter).
  { path: '/accidents', labelKey: 'nav.accidents', icon: <WarningIcon />, capability: 'VIEW_CONTROL_STATUS' },
  { path: '/accidents/control', labelKey: 'nav.control', icon: <BarChartIcon />, capability: 'VIEW_CONTROL_STATUS' },
  // 年度考核: schemes and the assessments of the caller's part in them. Those who take part — the issuing offices and
  // departments, the leaders who approve, the enterprises assessed — are the roles that act on accountability.
  { path: '/assessments', labelKey: 'nav.assessments', icon: <FileDoneIcon />, capability: 'ACT_ON_ASSESSMENTS' },
  // 我的单位考核: the leaders of units (as /me says) see their unit's projection, warnings and what to act on.
  { path: '/my-unit', labelKey: 'nav.myUnit', icon: <DashboardIcon />, capability: 'VIEW_UNIT_OUTLOOK' },
  // 问责台账: the register of 约谈/通报/说明情况/整改方案 for those who act on it (offices, leaders, addressed units).
  { path: '/accountability', labelKey: 'nav.accountability', icon: <AuditIcon />, capability: 'ACT_ON_ACCOUNTABILITY' },
  { path: '/orgs', labelKey: 'nav.orgs', icon: <ApartmentIcon /> },
  { path: '/me', labelKey: 'nav.me', icon: <UserIcon /> },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditIcon />, capability: 'VIEW_AUDIT' },
];

export function visibleNavItems(capabilities: readonly Capability[]): NavItem[] {
  return navItems.filter((item) => !item.capability || capabilities.includes(item.capability));
}

/**
 * A bottom tab bar holds five slots: four items by field-work priority, the fifth is "更多", a drawer with
 * the items that do not fit (plus language and logout).
 */
const phonePriority = ['/', '/hazards/report', '/hazards/tasks', '/hazards', '/duties', '/my-unit', '/drills/owed', '/hazards/stats', '/hazards/statutory', '/duties/records', '/duties/matrix', '/duties/signing', '/duties/gaps', '/lists', '/drills', '/drills/plans', '/drills/calendar', '/drills/year-plans', '/drills/coverage', '/drill-spot-checks', '/drill-spot-checks/on-site', '/drills/key-unit-reports', '/accidents', '/accidents/control', '/assessments', '/accountability', '/orgs', '/duties/rules', '/audit', '/me'];
export const maxPhoneItems = 4;

function phoneTabPaths(visible: readonly NavItem[]): Set<string> {
  return new Set(phonePriority.filter((path) => visible.some((item) => item.path === path)).slice(0, maxPhoneItems));
}

export function phoneNavItems(capabilities: readonly Capability[]): NavItem[] {
  const visible = visibleNavItems(capabilities);
  const kept = phoneTabPaths(visible);
  return visible.filter((item) => kept.has(item.path));
}

/** The items the phone tab bar has no room for, in menu order. */
export function phoneMoreItems(capabilities: readonly Capability[]): NavItem[] {
  const visible = visibleNavItems(capabilities);
  const kept = phoneTabPaths(visible);
  return visible.filter((item) => !kept.has(item.path));
}

/** The nav item a path belongs to: "/orgs/42" highlights "/orgs". */
export function activeNavPath(pathname: string): string {
  const match = navItems
    .filter((item) => item.path !== '/' && (pathname === item.path || pathname.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? (pathname === '/' ? '/' : '');
}
