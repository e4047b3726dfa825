import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { RuntimeConfig } from '@/lib/runtime-config';

/** Authorization Code with PKCE (oidc-client-ts default for response_type "code"). */
export function createUserManager(config: RuntimeConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export interface SigninState {
  returnTo: string;
}

function isSigninState(value: unknown): value is SigninState {
  return typeof value === 'object' && value !== null && typeof (value as { returnTo?: unknown }).returnTo === 'string';
}

/** Only same-origin paths: a crafted state must not send the user elsewhere. */
export function safeReturnPath(state: unknown): string {
  if (!isSigninState(state)) return '/';
  const path = state.returnTo;
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** Drops ?code=&state= from the address bar and goes back to where sign-in started. */
export function onSigninCallback(user: User | undefined): void {
  window.history.replaceState({}, document.title, safeReturnPath(user?.state));
}
