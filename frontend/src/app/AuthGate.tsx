import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { ResultScreen } from '@/lib/ResultScreen';
import { Spinner } from '@/lib/Spinner';
import { useOnline } from '@/lib/use-online';
import type { SigninState } from './auth';
import { forgetQueries, offlineOwner, persistQueries, restoreQueries } from './offline-cache';

export type Session =
  /** Signed in: the API answers with this user's token. */
  | { mode: 'online'; logout: () => void }
  /**
   * Started without network (or without a reachable Keycloak) on a device that was signed in before: the last
   * known identity and cached data, reports queue on the phone until the user signs in again.
   */
  | { mode: 'offline'; signIn: () => void; logout: () => void };

/** The sign-in could not reach Keycloak (no network, DNS, timeout), as opposed to Keycloak refusing it. */
function isNetworkFailure(error: Error | undefined): boolean {
  if (!error) return false;
  return error instanceof TypeError || error.name === 'TypeError' || error.name === 'ErrorTimeout' || /fetch|network/i.test(error.message);
}

const here = (): SigninState => ({ returnTo: window.location.pathname + window.location.search });

/** Puts the cached answers of this user in place before the app renders, and keeps saving them. */
function CachedSession({ owner, persist, children }: { owner: string; persist: boolean; children: ReactNode }) {
  const client = useQueryClient();
  useState(() => {
    restoreQueries(client, owner);
    return owner;
  });
  useEffect(() => (persist ? persistQueries(client, owner) : undefined), [client, owner, persist]);
  return children;
}

/**
 * Renders the app for a signed-in user and sends everyone else to the Keycloak login page; offline, a device that
 * was signed in before starts with its last identity instead of an error page.
 */
export function AuthGate({ children }: { children: (session: Session) => ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const online = useOnline();
  const [owner] = useState(offlineOwner);
  const settled = !auth.isLoading && !auth.activeNavigator && !hasAuthParams() && !auth.isAuthenticated;
  const cannotReachSignIn = !online || isNetworkFailure(auth.error);
  // Once offline, stay offline until the user asks to sign in: coming back online must not redirect mid-report.
  const [offline, setOffline] = useState(false);
  const startOffline = offline || (settled && cannotReachSignIn && owner !== undefined);
  if (startOffline && !offline) setOffline(true);
  const mustSignIn = settled && !auth.error && online && !startOffline;

  useEffect(() => {
    if (!offline) return;
    // Without a token every request would fail: keep queries paused and show what is cached.
    onlineManager.setEventListener(() => undefined);
    onlineManager.setOnline(false);
  }, [offline]);

  useEffect(() => {
    if (!mustSignIn) return;
    void auth.signinRedirect({ state: here() });
  }, [mustSignIn, auth]);

  if (auth.isAuthenticated && auth.user) {
    const logout = () => {
      forgetQueries();
      queryClient.clear();
      void auth.signoutRedirect();
    };
    return (
      <CachedSession owner={auth.user.profile.sub} persist>
        {children({ mode: 'online', logout })}
      </CachedSession>
    );
  }
  if (startOffline && owner !== undefined) {
    const signIn = () => void auth.signinRedirect({ state: here() });
    const logout = () => {
      forgetQueries();
      queryClient.clear();
      void auth.removeUser().then(() => {
        window.location.assign('/');
      });
    };
    return (
      <CachedSession owner={owner} persist={false}>
        {children({ mode: 'offline', signIn, logout })}
      </CachedSession>
    );
  }
  if (settled && !online) {
    return (
      <ResultScreen
        status="warning"
        title={t('auth.offlineTitle')}
        subTitle={t('auth.offlineFirstSignIn')}
        extra={
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('auth.retry')}
          </button>
        }
      />
    );
  }
  if (auth.error && !auth.isAuthenticated) {
    return (
      <ResultScreen
        status="error"
        title={t('auth.failed')}
        subTitle={auth.error.message}
        extra={
          <button type="button" className="btn btn-primary" onClick={() => void auth.signinRedirect({ state: { returnTo: '/' } })}>
            {t('auth.retry')}
          </button>
        }
      />
    );
  }
  return <Spinner fullscreen label={t('auth.signingIn')} />;
}
