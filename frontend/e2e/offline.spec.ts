// A phone without network: the app opened in a new tab while offline, and the network cut mid-use.
// The network is cut with context.setOffline: the service worker answers requests before page.route
// would see them, so routes cannot simulate it.
import type { Page } from '@playwright/test';
import { appInstalled, expect, login, nav, test } from './fixtures';
import { seedTicket } from './support';

test.beforeEach(({ guard }) => {
  guard.allow(/net::ERR_INTERNET_DISCONNECTED/, 'the test cuts the network; Chromium logs every request that fails');
  guard.allow(
    /net::ERR_FAILED \S*\/config\.json$/,
    'offline, the service worker fails the config fetch it has no copy of; the app starts on the last config it loaded',
  );
});

/** Logged in and the service worker in control, so the app shell is on the phone. */
async function readyForTheField(page: Page) {
  await login(page, 'inspector');
  await appInstalled(page);
}

test('opened offline in a new tab: the shell, the report form and the queue, no 登录失败 @phone', async ({
  page,
  context,
  shot,
}) => {
  await readyForTheField(page);
  await context.setOffline(true);
  const tab = await context.newPage();
  await tab.goto('/');
  await expect(nav(tab)).toBeVisible();
  await expect(tab.getByTestId('offline-identity')).toBeVisible();
  await expect(tab.getByText('登录失败')).toHaveCount(0);
  await shot(tab, 'offline-new-tab');

  await nav(tab).getByText('上报').click();
  await expect(tab.getByLabel('隐患名称')).toBeVisible();
  await expect(tab.getByTestId('offline-note')).toBeVisible();
  await shot(tab, 'offline-new-tab-report');

  await tab.goto('/hazards/queue');
  await expect(tab.getByTestId('network-state')).toHaveText('离线');
  await expect(tab.getByText('登录失败')).toHaveCount(0);
  await shot(tab, 'offline-new-tab-queue');
});

test('the network cut mid-use: the last-seen lists say they are offline and never spin @phone', async ({
  page,
  context,
  shot,
}) => {
  await seedTicket(`e2e 离线前看过的待办 ${Date.now() % 1_000_000}`, 'REPORTED');
  await readyForTheField(page);
  await nav(page).getByText('待办').click();
  const firstTask = page.getByRole('main').getByRole('listitem').first();
  await expect(firstTask).toBeVisible();
  const seen = (await firstTask.textContent()) ?? '';

  await context.setOffline(true);
  await nav(page).getByText('隐患').click();
  await expect(page.locator('.ant-spin-spinning, .app-spinner')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('离线');
  await shot(page, 'offline-hazards');

  await nav(page).getByText('待办').click();
  await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText(seen);
  await expect(page.getByTestId('offline-notice')).toBeVisible();
  await shot(page, 'offline-tasks');

  await nav(page).getByText('上报').click();
  await expect(page.getByTestId('offline-note')).toBeVisible();

  await context.setOffline(false);
  await nav(page).getByText('隐患').click();
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});

test('a township head saw 我的单位考核 online; a new tab opened offline shows that copy and never spins @phone', async ({ page, context, shot }) => {
  await login(page, 'linxiao');
  await appInstalled(page);
  await page.goto('/my-unit');
  await expect(page.getByTestId('my-unit-page')).toBeVisible();
  await expect(page.getByTestId('unit-actions')).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, .app-spinner')).toHaveCount(0);
  const unit = (await page.getByTestId('my-unit-page').getByRole('heading').first().locator('xpath=..').textContent()) ?? '';

  await context.setOffline(true);
  const tab = await context.newPage();
  await tab.goto('/my-unit');
  await expect(tab.getByTestId('my-unit-page')).toBeVisible();
  await expect(tab.getByTestId('my-unit-page').getByRole('heading').first().locator('xpath=..')).toHaveText(unit);
  await expect(tab.getByTestId('unit-actions')).toBeVisible();
  await expect(tab.locator('.ant-spin-spinning, .app-spinner')).toHaveCount(0);
  await expect(tab.getByText('登录失败')).toHaveCount(0);
  await shot(tab, 'offline-my-unit');
});
