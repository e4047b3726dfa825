import { LogoutOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** Desktop header: language and logout (on a phone they live in the "更多" drawer). */
export function HeaderActions({ onLogout }: { onLogout: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <LanguageSwitch />
      <Tooltip title={t('header.logout')}>
        <Button type="text" icon={<LogoutOutlined />} aria-label={t('header.logout')} onClick={onLogout}>
          {t('header.logout')}
        </Button>
      </Tooltip>
    </>
  );
}
