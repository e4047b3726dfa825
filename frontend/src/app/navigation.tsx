import {
  ApartmentIcon,
  AuditIcon,
  BarChartIcon,
  CameraIcon,
  CheckSquareIcon,
  DashboardIcon,
  FileDoneIcon,
  UserIcon,
  WarningIcon,
} from '@/lib/icons';
import type { ReactNode } from 'react';
import { reporterRoles, statsRoles, taskRoles } from '@/features/hazards/api/roles';
import { hasAnyRole, type Role } from '@/lib/session';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Roles that see the item; absent means every signed-in user. */
  roles?: readonly Role[];
}

export const auditRoles: readonly Role[] = ['admin', 'safety_office'];
export const reportRoles = reporterRoles;
export const tasksRoles = taskRoles;
export const dashboardRoles = statsRoles;
/** The statutory report: supervisors for their territory, an enterprise for itself. */
export const statutoryRoles: readonly Role[] = [...statsRoles, 'enterprise'];

export const navItems: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.workbench', icon: <DashboardIcon /> },
  { path: '/hazards', labelKey: 'nav.hazards', icon: <WarningIcon /> },
  { path: '/hazards/report', labelKey: 'nav.report', icon: <CameraIcon />, roles: reportRoles },
  { path: '/hazards/tasks', labelKey: 'nav.tasks', icon: <CheckSquareIcon />, roles: tasksRoles },
  { path: '/hazards/stats', labelKey: 'nav.stats', icon: <BarChartIcon />, roles: dashboardRoles },
  { path: '/hazards/statutory', labelKey: 'nav.statutory', icon: <FileDoneIcon />, roles: statutoryRoles },
  { path: '/orgs', labelKey: 'nav.orgs', icon: <ApartmentIcon /> },
  { path: '/me', labelKey: 'nav.me', icon: <UserIcon /> },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditIcon />, roles: auditRoles },
];

export function visibleNavItems(roles: readonly string[]): NavItem[] {
  return navItems.filter((item) => !item.roles || hasAnyRole(roles, item.roles));
}

/**
 * A bottom tab bar holds five slots: four items by field-work priority, the fifth is "更多", a drawer with
 * the items that do not fit (plus language and logout).
 */
const phonePriority = ['/', '/hazards/report', '/hazards/tasks', '/hazards', '/hazards/stats', '/hazards/statutory', '/orgs', '/audit', '/me'];
export const maxPhoneItems = 4;

function phoneTabPaths(visible: readonly NavItem[]): Set<string> {
  return new Set(phonePriority.filter((path) => visible.some((item) => item.path === path)).slice(0, maxPhoneItems));
}

export function phoneNavItems(roles: readonly string[]): NavItem[] {
  const visible = visibleNavItems(roles);
  const kept = phoneTabPaths(visible);
  return visible.filter((item) => kept.has(item.path));
}

/** The items the phone tab bar has no room for, in menu order. */
export function phoneMoreItems(roles: readonly string[]): NavItem[] {
  const visible = visibleNavItems(roles);
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
