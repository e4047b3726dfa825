import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { createI18n, type Language } from '@/i18n/i18n';
import { AntdScope } from '@/lib/AntdScope';
import { createApiClient } from '@/lib/api-client';

interface Options {
  route?: string;
  language?: Language;
}

/** Renders inside the app's real providers and antd's theme scope (the pages bring it along in the app); call stubApi first, the client picks up the stubbed fetch. */
export async function renderApp(ui: ReactNode, { route = '/', language }: Options = {}) {
  const i18n = await createI18n(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const apiClient = createApiClient('', () => Promise.resolve('test-token'));
  const result = render(
    <AppProviders i18n={i18n} queryClient={queryClient} apiClient={apiClient}>
      <AntdScope>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </AntdScope>
    </AppProviders>,
  );
  return { ...result, i18n, queryClient };
}
