import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import type { SigninState } from './auth';

/** Renders the app only for a signed-in user; everyone else is sent to the Keycloak login page. */
export function AuthGate({ children }: { children: (logout: () => void) => ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mustSignIn = !hasAuthParams() && !auth.isAuthenticated && !auth.activeNavigator && !auth.isLoading && !auth.error;

  useEffect(() => {
    if (!mustSignIn) return;
    const state: SigninState = { returnTo: window.location.pathname + window.location.search };
    void auth.signinRedirect({ state });
  }, [mustSignIn, auth]);

  if (auth.error && !auth.isAuthenticated) {
    return (
      <Result
        status="error"
        title={t('auth.failed')}
        subTitle={auth.error.message}
        extra={
          <Button type="primary" onClick={() => void auth.signinRedirect({ state: { returnTo: '/' } })}>
            {t('auth.retry')}
          </Button>
        }
      />
    );
  }
  if (!auth.isAuthenticated) {
    return <Spin fullscreen description={t('auth.signingIn')} />;
  }
  const logout = () => {
    queryClient.clear();
    void auth.signoutRedirect();
  };
  return children(logout);
}
