import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueueBadge } from '@/features/hazards/components/QueueBadge';
import type { Me } from '@/lib/session';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  me: Me | undefined;
  compact: boolean;
  onLogout: () => void;
}

export function AppHeader({ me, compact, onLogout }: Props) {
  const { t } = useTranslation();
  return (
    <Layout.Header className="app-header">
      <Flex align="center" gap="small" className="app-title">
        <span className="app-logo" aria-hidden>
          ▲
        </span>
        <span>{compact ? t('app.shortTitle') : t('app.title')}</span>
      </Flex>
      <Flex align="center" gap="small" style={{ minWidth: 0 }}>
        {me && (
          <Flex vertical className="app-user" data-testid="header-user">
            <Typography.Text strong ellipsis className="app-user-name">
              {me.name}
            </Typography.Text>
            <Typography.Text type="secondary" ellipsis className="app-user-org" data-testid="header-org">
              {me.org.name}
            </Typography.Text>
          </Flex>
        )}
        <QueueBadge />
        {/* On a phone, language and logout live in the bottom bar's "更多" drawer. */}
        {!compact && (
          <>
            <LanguageSwitch />
            <Tooltip title={t('header.logout')}>
              <Button type="text" icon={<LogoutOutlined />} aria-label={t('header.logout')} onClick={onLogout}>
                {t('header.logout')}
              </Button>
            </Tooltip>
          </>
        )}
      </Flex>
    </Layout.Header>
  );
}
