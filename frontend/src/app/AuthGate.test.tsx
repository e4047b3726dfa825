import { onlineManager, QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { AuthProvider } from 'react-oidc-context';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { createApiClient } from '@/lib/api-client';
import { meQueryKey, useMe } from '@/lib/session';
import { json, stubApi } from '@/test/api-stub';
import { meFixture } from '@/test/fixtures';
import { AppProviders } from './AppProviders';
import { AuthGate } from './AuthGate';
import { createUserManager } from './auth';
import { persistQueries } from './offline-cache';

/** A network error, as fetch raises it (TypeError: Failed to fetch) when nothing answers. */
const unreachable = () => HttpResponse.error();

function WhoAmI() {
  const me = useMe();
  return <p>{me.data ? `${me.data.name} @ ${me.data.org.name}` : 'nobody'}</p>;
}

async function startApp() {
  const i18n = await createI18n('zh-CN');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const userManager = createUserManager({ oidcAuthority: 'http://keycloak.test/realms/redline', oidcClientId: 'redline-spa', apiBase: '' });
  render(
    <AppProviders i18n={i18n} queryClient={queryClient} apiClient={createApiClient('', () => Promise.resolve(undefined))}>
      <AuthProvider userManager={userManager}>
        <AuthGate>
          {(session) => (
            <>
              <p>mode {session.mode}</p>
              <WhoAmI />
            </>
          )}
        </AuthGate>
      </AuthProvider>
    </AppProviders>,
  );
}

/** What an earlier, signed-in visit left on the device. */
async function earlierVisit() {
  const client = new QueryClient();
  const stop = persistQueries(client, 'sub-1', 0);
  client.setQueryData(meQueryKey, meFixture(['inspector'], { name: '花果园一社区第1网格' }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  stop();
}

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('starting without a reachable sign-in', () => {
  it('opens with the last known identity instead of 登录失败 / Failed to fetch', async () => {
    await earlierVisit();
    stubApi({
      'GET /realms/redline/.well-known/openid-configuration': unreachable,
      'GET /api/v1/me': unreachable,
    });
    await startApp();
    expect(await screen.findByText('mode offline')).toBeInTheDocument();
    expect(await screen.findByText('张安全 @ 花果园一社区第1网格')).toBeInTheDocument();
    expect(screen.queryByText('登录失败')).not.toBeInTheDocument();
  });

  it('still says 登录失败 on a device that never signed in', async () => {
    stubApi({ 'GET /realms/redline/.well-known/openid-configuration': unreachable });
    await startApp();
    expect(await screen.findByText('登录失败')).toBeInTheDocument();
  });

  it('sends a reachable Keycloak’s refusal to the error page, not to offline mode', async () => {
    await earlierVisit();
    stubApi({ 'GET /realms/redline/.well-known/openid-configuration': () => json({ error: 'realm gone' }, { status: 404 }) });
    await startApp();
    expect(await screen.findByText('登录失败')).toBeInTheDocument();
    expect(screen.queryByText('mode offline')).not.toBeInTheDocument();
  });
});
