import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { appTheme } from './theme';

/**
 * The app's theme for antd and antd's own texts (pagination, empty states, date pickers) in the UI language. Only what
 * uses antd renders inside it, and it comes with them (`lazyWithAntd`): the shell and the phone's report page are plain
 * HTML, so a phone's cold load of the report form fetches no antd at all (bench/frontend).
 */
export function AntdScope({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={appTheme}>
      {children}
    </ConfigProvider>
  );
}
