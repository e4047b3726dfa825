import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { UserManager } from 'oidc-client-ts';
import { AuthProvider } from 'react-oidc-context';
import { BrowserRouter } from 'react-router';
import type { ApiClient } from '@/lib/api-client';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { AuthGate } from './AuthGate';
import { onSigninCallback } from './auth';

interface Props {
  i18n: I18n;
  queryClient: QueryClient;
  apiClient: ApiClient;
  userManager: UserManager;
}

export function Root({ i18n, queryClient, apiClient, userManager }: Props) {
  return (
    <AppProviders i18n={i18n} queryClient={queryClient} apiClient={apiClient}>
      <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
        <AuthGate>
          {(session) => (
            // Mounted after sign-in, so the router reads the URL the callback restored.
            <BrowserRouter>
              <AppRoutes session={session} />
            </BrowserRouter>
          )}
        </AuthGate>
      </AuthProvider>
    </AppProviders>
  );
}
