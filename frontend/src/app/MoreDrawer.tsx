import { LogoutOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import type { NavItem } from './navigation';

interface Props {
  items: readonly NavItem[];
  active: string;
  open: boolean;
  onClose: () => void;
  onLogout: () => void;
}

/** The phone's "更多" drawer: the items the tab bar has no room for, language and logout (loaded when first opened). */
export function MoreDrawer({ items, active, open, onClose, onLogout }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Drawer placement="bottom" size="auto" title={t('nav.more')} open={open} destroyOnHidden onClose={onClose} styles={{ body: { padding: 0 } }}>
      <Menu
        mode="inline"
        aria-label={t('nav.more')}
        selectedKeys={[active]}
        items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
        onClick={({ key }) => {
          onClose();
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
  );
}
