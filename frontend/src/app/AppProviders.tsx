import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-context';

/**
 * antd's secondary, tertiary and placeholder greys (45 % and 25 % black) are 3.4:1 and 1.8:1 on white; these reach
 * WCAG AA's 4.5:1 (secondary 7:1, the others 4.5:1 and more).
 */
const readableText = {
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
};

/** antd's own texts (pagination, empty states, date pickers) follow the UI language. */
function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#c8102e', ...readableText } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

interface Props {
  i18n: I18n;
  queryClient: QueryClient;
  apiClient: ApiClient;
  children: ReactNode;
}

export function AppProviders({ i18n, queryClient, apiClient, children }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <AntdLocale>
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>
        </QueryClientProvider>
      </AntdLocale>
    </I18nextProvider>
  );
}
