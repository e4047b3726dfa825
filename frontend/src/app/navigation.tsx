import { ApartmentOutlined, AuditOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { hasAnyRole, type Role } from '@/lib/session';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Roles that see the item; absent means every signed-in user. */
  roles?: readonly Role[];
}

export const auditRoles: readonly Role[] = ['admin', 'safety_office'];

export const navItems: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.me', icon: <UserOutlined /> },
  { path: '/orgs', labelKey: 'nav.orgs', icon: <ApartmentOutlined /> },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, roles: auditRoles },
];

export function visibleNavItems(roles: readonly string[]): NavItem[] {
  return navItems.filter((item) => !item.roles || hasAnyRole(roles, item.roles));
}

/** The nav item a path belongs to: "/orgs/42" highlights "/orgs". */
export function activeNavPath(pathname: string): string {
  const match = navItems
    .filter((item) => item.path !== '/' && (pathname === item.path || pathname.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? (pathname === '/' ? '/' : '');
}
