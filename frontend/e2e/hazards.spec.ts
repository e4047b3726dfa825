// The hazard closed loop: an inspector reports on a phone (location allowed, the network cut), the
// report reaches the server exactly once; at the desk the safety office confirms, the enterprise
// rectifies and submits, the safety office accepts; the statistics show.
import type { Locator, Page } from '@playwright/test';
import { appInstalled, dialogShown, expect, login, nav, test } from './fixtures';
import { ENTERPRISE, GUIYANG, isoDate, seedTicket, ticketsTitled } from './support';

// A 1×1 PNG: small, and a real image the server's magic-byte check accepts.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const unique = (title: string) => `e2e ${title} ${Date.now() % 1_000_000}`;

async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('group', { name: '可执行操作' }).getByRole('button', { name: action, exact: true }).click();
  const dialog = await dialogShown(page.getByRole('dialog'));
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
}

async function expectState(page: Page, label: string) {
  await expect(page.getByTestId('hazard-state').filter({ hasText: label }).first()).toBeVisible();
}

test('the report page works with a GPS fix and keeps the navigation @phone', async ({ page, shot }) => {
  await login(page, 'inspector');
  await nav(page).getByText('上报').click();
  // The phone's position shows as located, to the coordinates the phone gave.
  await expect(page.getByTestId('gps-status')).toContainText(`已定位 ${GUIYANG.latitude}, ${GUIYANG.longitude}`);
  await expect(page.getByLabel('隐患名称')).toBeVisible();
  await expect(nav(page).getByText('待办')).toBeVisible();
  await shot(page, 'inspector-report-located');
});

test('offline, an inspector reports with a photo; back online it reaches the server exactly once @phone', async ({
  page,
  context,
  guard,
  shot,
}) => {
  guard.allow(/net::ERR_INTERNET_DISCONNECTED/, 'the test cuts the network; Chromium logs every request that fails');
  const title = unique('脚手架连墙件缺失');
  // The enterprises of the inspector's grid are cached for offline use once the app has loaded them.
  const enterprises = page.waitForResponse((r) => r.url().includes('/api/v1/orgs?') && r.url().includes('kind=ENTERPRISE') && r.ok());
  await login(page, 'inspector');
  await enterprises;
  // The report route is its own chunk: the phone has it once the service worker has installed the app.
  await appInstalled(page);

  await context.setOffline(true);
  await nav(page).getByText('上报').click();
  await expect(page.getByTestId('offline-note')).toBeVisible();
  await page.getByTestId('photo-input').setInputFiles({ name: 'scaffold.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.photo-thumb img')).toBeVisible();
  await page.getByLabel('搜索企业').fill('黔城');
  await page.getByLabel('企业', { exact: true }).selectOption({ label: ENTERPRISE.name });
  await page.getByLabel('隐患名称').fill(title);
  await page.getByLabel('位置').fill('三号楼东侧脚手架');
  await expect(page.getByTestId('gps-status')).toContainText('已定位');
  await shot(page, 'inspector-report-offline');
  await page.getByRole('button', { name: '保存并上报' }).click();
  await expect(page).toHaveURL(/\/hazards\/queue$/);
  const item = page.getByTestId('queue-item').filter({ hasText: title });
  await expect(item).toHaveAttribute('data-status', 'queued');
  await expect(page.getByTestId('queue-badge')).toHaveAttribute('data-count', '1');
  await shot(page, 'inspector-queue-offline');
  expect(await ticketsTitled(title), 'the ticket reached the server while offline').toHaveLength(0);

  await context.setOffline(false);
  await expect(item).toHaveAttribute('data-status', 'sent', { timeout: 60_000 });
  await expect(page.getByTestId('queue-summary')).toHaveText('全部已上传');
  await shot(page, 'inspector-queue-drained');
  const tickets = await ticketsTitled(title);
  expect(tickets, `tickets titled ${title}`).toHaveLength(1);
  expect(tickets[0]).toMatchObject({ state: 'REPORTED', enterprise: { name: ENTERPRISE.name } });
  await item.getByRole('link', { name: /查看 YH-/ }).click();
  await expectState(page, '待确认');
  await expect(page.getByTestId('hazard-photo').first()).toBeVisible();
  await shot(page, 'inspector-ticket');
});

test('the closed loop at the desk: confirmed, rectified, submitted, accepted @desktop', async ({ loginAs, shot }) => {
  const title = unique('配电箱未接地');
  const { id } = await seedTicket(title, 'REPORTED');

  const safety = await loginAs('safety');
  await safety.goto(`/hazards?q=${encodeURIComponent(title)}`);
  await safety.getByRole('link', { name: title }).click();
  await expectState(safety, '待确认');
  await act(safety, '确认', async (dialog) => {
    await dialog.getByLabel('责任人').fill('李工');
    const date = dialog.getByLabel('整改期限');
    await date.click();
    await date.fill(isoDate(30));
    // Enter would also submit the form; Tab commits the typed date and leaves the submit to act().
    await date.press('Tab');
  });
  await expectState(safety, '已确认');
  await shot(safety, 'safety-confirmed');

  const enterprise = await loginAs('enterprise');
  await enterprise.goto(`/hazards/${id}`);
  await expectState(enterprise, '已确认');
  await act(enterprise, '开始整改');
  await expectState(enterprise, '整改中');
  await act(enterprise, '提交验收', async (dialog) => {
    await dialog.getByLabel('整改情况说明').fill('已补设接地线并复查');
  });
  await expectState(enterprise, '待验收');
  await shot(enterprise, 'enterprise-submitted');

  await safety.goto(`/hazards/${id}`);
  await expectState(safety, '待验收');
  await act(safety, '验收通过', async (dialog) => {
    await dialog.getByLabel('验收意见').fill('现场复核合格');
  });
  await expectState(safety, '已销号');
  await expect(safety.getByTestId('hazard-history').getByText('验收通过')).toBeVisible();
  await shot(safety, 'safety-closed');
  expect((await ticketsTitled(title)).map((t) => t.state)).toEqual(['CLOSED']);
});

test('the safety office sees the statistics dashboard', async ({ loginAs, shot }) => {
  const safety = await loginAs('safety');
  await safety.goto('/hazards/stats');
  await expect(safety.getByTestId('hazard-kpis').getByText('整改率')).toBeVisible();
  await expect(safety.locator('canvas').first()).toBeVisible();
  await shot(safety, 'safety-stats');
});
