// The browser tests: the real stack (./run.sh --detach: Keycloak, backend on PostgreSQL, the built SPA)
// driven in Debian's Chromium, once at a desk and once on a phone. ./test.sh starts the stack and runs them;
// against a stack of your own: E2E_BASE_URL=http://localhost:5173 E2E_KEYCLOAK_URL=http://localhost:8180 npm run e2e
import { defineConfig } from '@playwright/test';
import { BASE, desktop, phone } from './e2e/support';

export default defineConfig({
  testDir: './e2e',
  // Explicit screenshots go to e2e/artifacts/; failures leave a screenshot and a trace below it.
  outputDir: './e2e/artifacts/results',
  // Two shared cores: two browsers at once, no retries (a flaky test is a defect to fix, not to hide).
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: true,
  // Generous waits: the machine is two cores shared with the backend, Keycloak and two browsers.
  timeout: 300_000,
  expect: { timeout: 45_000 },
  reporter: [['list'], ['html', { outputFolder: './e2e/artifacts/report', open: 'never' }]],
  use: {
    baseURL: BASE,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 45_000,
    navigationTimeout: 60_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // A test tagged @phone or @desktop runs at that size only; untagged tests run at both.
  // The specs in e2e/clock/ move the server's clock (e2e/server-clock.ts): they run last, alone, at a desk.
  projects: [
    { name: 'desktop', grepInvert: /@phone/, testIgnore: /clock\//, use: desktop },
    // An inspector in the field allows location: the report page must work with a GPS fix.
    { name: 'phone', grepInvert: /@desktop/, testIgnore: /clock\//, use: phone },
    { name: 'clock', testMatch: /clock\/.*\.spec\.ts/, dependencies: ['desktop', 'phone'], use: desktop },
  ],
});
