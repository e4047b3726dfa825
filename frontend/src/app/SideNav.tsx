import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { activeNavPath, type NavItem } from './navigation';

/** Desktop: a vertical menu in the side bar (its own chunk: phones never load antd's Menu for it). */
export function SideNav({ items }: { items: readonly NavItem[] }) {
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
