import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from '@/lib/api-client';
import { ApiClientProvider } from '@/lib/api-context';
import { MessageProvider } from '@/lib/feedback';

interface Props {
  i18n: I18n;
  queryClient: QueryClient;
  apiClient: ApiClient;
  children: ReactNode;
}

/** No antd here: pages that use it bring its theme scope along (lazyWithAntd). */
export function AppProviders({ i18n, queryClient, apiClient, children }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <MessageProvider>
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>
        </QueryClientProvider>
      </MessageProvider>
    </I18nextProvider>
  );
}
