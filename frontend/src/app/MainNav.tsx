import { EllipsisOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
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

interface BottomProps extends Props {
  /** The items that do not fit in the tab bar; they open from "更多". */
  more: readonly NavItem[];
  onLogout: () => void;
}

/** Phone: a tab bar fixed to the bottom, in thumb reach; "更多" opens a drawer with the rest. */
export function BottomNav({ items, more, onLogout }: BottomProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const active = activeNavPath(pathname);
  const moreActive = more.some((item) => item.path === active);
  return (
    <nav aria-label={t('nav.label')} className="bottom-nav">
      {items.map((item) => (
        // Link, not NavLink: NavLink would also mark 隐患 active on 隐患/上报; one tab is active at a time.
        <Link
          key={item.path}
          to={item.path}
          className={item.path === active ? 'bottom-nav-item active' : 'bottom-nav-item'}
          aria-current={item.path === active ? 'page' : undefined}
        >
          <span className="bottom-nav-icon">{item.icon}</span>
          <span>{t(item.labelKey)}</span>
        </Link>
      ))}
      <button
        type="button"
        className={moreActive ? 'bottom-nav-item bottom-nav-more active' : 'bottom-nav-item bottom-nav-more'}
        aria-expanded={open}
        onClick={() => {
          setOpen(true);
        }}
      >
        <span className="bottom-nav-icon" aria-hidden>
          <EllipsisOutlined />
        </span>
        <span>{t('nav.more')}</span>
      </button>
      <Drawer
        placement="bottom"
        size="auto"
        title={t('nav.more')}
        open={open}
        destroyOnHidden
        onClose={() => {
          setOpen(false);
        }}
        styles={{ body: { padding: 0 } }}
      >
        <Menu
          mode="inline"
          aria-label={t('nav.more')}
          selectedKeys={[active]}
          items={more.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
          onClick={({ key }) => {
            setOpen(false);
            void navigate(key);
          }}
          style={{ borderInlineEnd: 'none' }}
        />
        <Flex vertical gap="middle" style={{ padding: 16 }}>
          <Flex align="center" justify="space-between" gap="small">
            <Typography.Text type="secondary">{t('header.language')}</Typography.Text>
            <LanguageSwitch />
          </Flex>
          <Button block danger icon={<LogoutOutlined />} onClick={onLogout}>
            {t('header.logout')}
          </Button>
        </Flex>
      </Drawer>
    </nav>
  );
}
