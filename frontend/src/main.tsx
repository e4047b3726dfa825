import { StrictMode } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { createRoot } from 'react-dom/client';
import { Root } from '@/app/Root';
import { createUserManager } from '@/app/auth';
import { createQueryClient } from '@/app/query-client';
import { createI18n } from '@/i18n/i18n';
import { createApiClient } from '@/lib/api-client';
import { loadRuntimeConfig } from '@/lib/runtime-config';
import '@/app/app.css';

async function boot(container: HTMLElement) {
  const root = createRoot(container);
  try {
    const [config, i18n] = await Promise.all([loadRuntimeConfig(), createI18n()]);
    const userManager = createUserManager(config);
    const apiClient = createApiClient(config.apiBase, async () => (await userManager.getUser())?.access_token);
    root.render(
      <StrictMode>
        <Root i18n={i18n} queryClient={createQueryClient()} apiClient={apiClient} userManager={userManager} />
      </StrictMode>,
    );
  } catch (error) {
    // Before i18n is up: say it in both languages.
    root.render(
      <div role="alert" style={{ padding: 24 }}>
        <h1>无法加载配置 / Cannot load configuration</h1>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </div>,
    );
  }
}

// The offline shell: the service worker precaches the built app; API calls always go to the network. Registered once the
// page has loaded (Workbox's default), so its 1.6 MB of precaching does not compete with the first load on a phone.
if ('serviceWorker' in navigator && import.meta.env.PROD) void registerSW();

const container = document.getElementById('root');
if (container) void boot(container);
