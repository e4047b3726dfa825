// 事故登记 and 应演练 end to end: the district safety office records an accident in 花果园街道, finds it in the
// register, and the control indicators of 南明区 count it; the enterprise sees the drills it owes on a 390 px phone.
import { expect, test } from './fixtures';
import { api, orgId, phone } from './support';

interface ControlStatus {
  items: { metric: string; actual: number }[];
}

/** Now minus two hours as the desk's date picker takes it, in China (the browser's zone in these tests). */
function twoHoursAgoInChina(): { text: string; year: number; month: number } {
  const china = new Date(Date.now() + 8 * 3_600_000 - 2 * 3_600_000);
  return { text: china.toISOString().slice(0, 16).replace('T', ' '), year: china.getUTCFullYear(), month: china.getUTCMonth() + 1 };
}

test('the safety office records an accident, sees it in the register, and the control status counts it @desktop', async ({
  loginAs,
  shot,
}) => {
  const when = twoHoursAgoInChina();
  const nanming = await orgId('520102');
  const status = () => api<ControlStatus>('safety', `/control-indicator-status?orgId=${nanming}&year=${when.year}&month=${when.month}`);
  const countBefore = (await status()).items.find((i) => i.metric === 'ACC_COUNT')?.actual;
  expect(countBefore, '南明区 holds a signed 目标管理责任书 with an accident ceiling in the demo data').toBeDefined();
  const title = `e2e 脚手架局部坍塌 ${Date.now() % 1_000_000}`;

  const office = await loginAs('safety');
  await office.goto('/accidents');
  await office.getByRole('button', { name: '登记事故' }).click();
  await office.getByLabel('事故名称').fill(title);
  await office.getByLabel('发生时间').fill(when.text);
  // The picker's OK takes the typed time (Enter would submit the form before it is filled).
  await office.locator('.ant-picker-ok button').click();
  await office.getByRole('combobox', { name: '属地' }).fill('花果园街道');
  await office.locator('.ant-select-item-option').filter({ hasText: /^花果园街道$/ }).click();
  await office.getByLabel('重伤人数').fill('1');
  await office.getByLabel('直接经济损失（元）').fill('250000');
  await office.getByRole('button', { name: /登\s*记/ }).last().click();

  // The accident's page: the level derived by the server, in words.
  await expect(office.getByRole('heading', { name: title })).toBeVisible();
  await expect(office.getByTestId('accident-level').first()).toHaveText('一般事故');
  await expect(office.getByTestId('accident-history')).toContainText('登记');
  await shot(office, 'accident-detail');

  // The register of the year lists it with its territory by name.
  await office.goto(`/accidents?year=${when.year}`);
  const row = office.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('花果园街道');
  await expect(row).toContainText('一般事故');
  await shot(office, 'accident-register');

  // The control indicators of 南明区 for this month count one accident more, with the status in words.
  await office.goto('/accidents/control');
  const count = office.locator('[data-testid="control-row"][data-metric="ACC_COUNT"]');
  await expect(count.getByTestId('control-actual')).toHaveText(String((countBefore ?? 0) + 1));
  await expect(count.getByTestId('control-level')).toHaveText(/在控|预警|超标/);
  await expect(count.getByRole('cell', { name: '事故起数', exact: true })).toBeVisible();
  await shot(office, 'control-status');
  for (const code of ['ACC_COUNT', 'WARNING', 'EXCEEDED', 'GENERAL']) await expect(office.locator('body')).not.toContainText(code);
});

test('the enterprise sees the drills it owes on its phone, with status, reason and days left @phone', async ({ loginAs, shot }) => {
  const ent = await loginAs('enterprise', phone);
  await ent.goto('/drills/owed');
  await expect(ent.getByRole('heading', { name: '应演练' })).toBeVisible();
  const cards = ent.getByTestId('drill-obligation');
  await expect(cards.first()).toBeVisible();
  const first = cards.first();
  await expect(first.getByTestId('obligation-status')).toHaveText(/进行中|临期预警|已完成|部分完成|未完成|已豁免/);
  await expect(first.getByTestId('drill-reason')).not.toBeEmpty();
  // An unsettled duty says how many days are left in words.
  await expect(ent.getByTestId('drill-days-left').first()).toHaveText(/还剩 \d+ 天|周期已结束/);
  for (const code of ['AT_RISK', 'OPEN', 'MISSED', 'HALF_YEAR', 'ENT_']) await expect(ent.locator('body')).not.toContainText(code);
  const width = await ent.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
  expect(width.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width.inner);
  expect(width.inner).toBe(phone.viewport.width);
  await shot(ent, 'drills-owed');
});
