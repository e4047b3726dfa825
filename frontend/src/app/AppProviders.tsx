import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-context';
import { MessageProvider } from '@/lib/feedback';
import { appTheme } from './theme';

/** antd's own texts (pagination, empty states, date pickers) follow the UI language. */
function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={appTheme}
    >
      <MessageProvider>{children}</MessageProvider>
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
