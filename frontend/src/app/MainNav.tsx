import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { activeNavPath, type NavItem } from './navigation';

interface Props {
  items: readonly NavItem[];
}

/** Desktop: a vertical menu in the side bar. */
export function SideNav({ items }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        selectedKeys={[activeNavPath(pathname)]}
        items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
        onClick={({ key }) => void navigate(key)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}

/** Phone: a tab bar fixed to the bottom, in thumb reach. */
export function BottomNav({ items }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = activeNavPath(pathname);
  return (
    <nav aria-label={t('nav.label')} className="bottom-nav">
      {items.map((item) => (
        <NavLink
          key={item.path}
          to={item.path}
          className={item.path === active ? 'bottom-nav-item active' : 'bottom-nav-item'}
          aria-current={item.path === active ? 'page' : undefined}
        >
          <span className="bottom-nav-icon">{item.icon}</span>
          <span>{t(item.labelKey)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
