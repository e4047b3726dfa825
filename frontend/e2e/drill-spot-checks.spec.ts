// 演练抽查 (issue 11, deliverable 7): at the desk 南明区's safety office opens 演练抽查 from the navigation, plans an
// unannounced spot check of the demo enterprise's drill, records a noncompliant result (the server's problem shown in
// words while the findings are missing) and orders a correction; the enterprise sees the order and reports what it
// corrected; the office accepts it, downloads the 抽查台账 and opens 重点单位演练报告. On a 390 px phone the grid
// inspector opens 现场抽查 and records a check on site with a site photo. Page and console errors fail it.
import type { Locator, Page } from '@playwright/test';
import { noSidewaysScroll } from './drill-steps';
import { dialogShown, expect, login, nav, openMore, test } from './fixtures';
import { api, desktop, ENTERPRISE, isoDate, orgId } from './support';

// A 1×1 PNG: a real file the server's magic-byte check accepts.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface SpotCheck {
  id: string;
  code: string;
  drillId: string | null;
  drillTitle: string | null;
  status: string;
  result: string | null;
  unannounced: boolean;
  findings: string | null;
  files: { fileName: string; purpose: string | null }[];
}

/** The enterprise's drill a check looks at: planned through the API (planning a drill is another screen's test). */
async function seedDrill(title: string): Promise<string> {
  const drill = await api<{ id: string }>('enterprise', '/drills', {
    method: 'POST',
    body: { orgId: await orgId(ENTERPRISE.code), title, form: 'LIVE', scope: 'SINGLE', plannedOn: isoDate(10) },
  });
  return drill.id;
}

async function checksOfDrill(user: 'safety' | 'inspector', drillTitle: string): Promise<SpotCheck[]> {
  const enterpriseId = await orgId(ENTERPRISE.code);
  const found = await api<{ items: SpotCheck[] }>(user, `/drill-spot-checks?targetOrgId=${enterpriseId}&limit=200`);
  return found.items.filter((c) => c.drillTitle === drillTitle);
}

/** The detail drawer's action buttons: exactly the actions the server allows this user now. */
async function expectActions(page: Page, names: string[]) {
  const actions = page.getByTestId('spot-check-actions').getByRole('button');
  await expect(actions).toHaveText(names);
}

async function act(page: Page, action: string, fill: (dialog: Locator) => Promise<void>) {
  await page.getByTestId('spot-check-actions').getByRole('button', { name: action, exact: true }).click();
  const dialog = await dialogShown(page.getByRole('dialog', { name: action }));
  await fill(dialog);
  await dialog.getByRole('button', { name: /确\s?定/ }).click();
  await expect(dialog).toBeHidden();
}

async function openFromNav(page: Page, entry: string, heading: string) {
  await nav(page).getByText(entry, { exact: true }).click();
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
}

/** Nothing on screen is an enum code or an id. */
async function noCodes(page: Page, ids: string[]) {
  const text = await page.locator('body').innerText();
  expect(text, 'an enum code on screen').not.toMatch(/\b(PLANNED|DONE|CORRECTION_ORDERED|CORRECTED|NONCOMPLIANT|COMPLIANT|RECORD_RESULT|ORDER_CORRECTION|RESPOND|ACCEPT_CORRECTION|\d{4}-H[12])\b/);
  for (const id of ids) expect(text, 'an id on screen').not.toContain(id);
}

test('the district office checks a drill unannounced, orders a correction; the enterprise answers; the office accepts it @desktop', async ({
  page,
  guard,
  loginAs,
  shot,
}) => {
  const run = Date.now() % 1_000_000;
  const drillTitle = `e2e 抽查对象 塔吊倒塌演练 ${run}`;
  const findings = `未按方案组织疏散，签到表缺失 ${run}`;
  const order = `于期限内补做现场处置方案演练并报送记录 ${run}`;
  const response = `已于本周补做演练，附签到表与照片 ${run}`;
  const drillId = await seedDrill(drillTitle);

  // 南明区's safety office: 演练抽查 from the navigation, 新建抽查 of the enterprise's drill, unannounced.
  await login(page, 'safety');
  await openFromNav(page, '演练抽查', '演练抽查');
  await page.getByRole('button', { name: '新建抽查' }).click();
  const create = page.getByRole('dialog', { name: '新建抽查' });
  await expect(create.getByRole('combobox', { name: '所查演练' })).toBeDisabled();
  // The search answers while the list is open: a click on an option the answer replaced is tried again.
  await expect(async () => {
    await create.getByRole('combobox', { name: '被抽查单位' }).fill('黔城');
    await page.locator('.ant-select-item-option').filter({ hasText: ENTERPRISE.name }).click({ timeout: 10_000 });
    await expect(create.getByRole('combobox', { name: '所查演练' })).toBeEnabled({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await create.getByRole('combobox', { name: '所查演练' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: drillTitle }).click();
  await create.getByLabel('突袭抽查').check();
  await shot(page, 'spot-check-create');
  await create.getByRole('button', { name: /保\s?存/ }).click();
  await expect(create).toBeHidden();

  const row = page.getByTestId('spot-check-row').filter({ hasText: drillTitle });
  await expect(row).toContainText(ENTERPRISE.name);
  await expect(row).toContainText('突袭');
  await expect(row).toContainText('已计划');
  await expect(row).toContainText(/\d{4}年[上下]半年/);
  const [planned] = await checksOfDrill('safety', drillTitle);
  expect(planned, 'the check reached the server with its drill').toMatchObject({ drillId, unannounced: true, status: 'PLANNED' });

  // The detail: the drill by name, only what the office may do now.
  await row.click();
  const detail = page.getByTestId('spot-check-detail');
  await expect(detail).toContainText(drillTitle);
  await expectActions(page, ['记录抽查结果', '取消抽查']);

  // 不符合要求 without findings: the server's problem, in words, beside the dialog; nothing changes.
  guard.allow(/status of 400 .*\/api\/v1\/drill-spot-checks\/[^/]+\/transitions/, 'the test sends a noncompliant result without findings');
  await page.getByTestId('spot-check-actions').getByRole('button', { name: '记录抽查结果', exact: true }).click();
  const record = await dialogShown(page.getByRole('dialog', { name: '记录抽查结果' }));
  await record.getByLabel('不符合要求').check();
  await record.getByRole('button', { name: /确\s?定/ }).click();
  await expect(record.locator('.ant-alert')).toContainText('请求有误');
  await expect(record.locator('.ant-form-item-has-error')).toContainText('发现问题');
  await expect(record.locator('.ant-form-item-explain-error')).toHaveText(/[\u4e00-\u9fa5]/);
  await expect(record).not.toContainText(/findings|validation|https?:|\binvalid\b/);
  await shot(page, 'spot-check-problem');
  expect((await checksOfDrill('safety', drillTitle))[0]?.status).toBe('PLANNED');
  await record.getByLabel('发现问题').fill(findings);
  await record.getByRole('button', { name: /确\s?定/ }).click();
  await expect(record).toBeHidden();
  await expect(detail).toContainText('已检查');
  await expect(detail).toContainText(findings);
  await expectActions(page, ['责令限期改正']);

  await act(page, '责令限期改正', async (dialog) => {
    await dialog.getByLabel('责令改正内容').fill(order);
    // A typed day is taken when the picker loses focus; Tab also closes its calendar (Enter would submit the dialog).
    await dialog.getByLabel('整改期限').fill(isoDate(14));
    await dialog.getByLabel('整改期限').press('Tab');
    await expect(dialog.getByLabel('整改期限')).toHaveValue(isoDate(14));
  });
  await expect(detail.getByText('责令限期改正').first()).toBeVisible();
  await expect(detail).toContainText(order);
  await expect(detail).toContainText(isoDate(14));
  await expectActions(page, []);
  await expect(page.getByRole('dialog').filter({ hasText: '办理记录' })).toContainText('记录抽查结果');
  await noCodes(page, [planned?.id ?? '', drillId]);
  await shot(page, 'spot-check-ordered');

  // The enterprise: the order in its own 演练抽查, and the one thing it may do: report what it corrected.
  const unit = await loginAs('enterprise', desktop);
  await openFromNav(unit, '演练抽查', '演练抽查');
  await expect(unit.getByRole('button', { name: '新建抽查' })).toHaveCount(0);
  const unitRow = unit.getByTestId('spot-check-row').filter({ hasText: drillTitle });
  await expect(unitRow).toContainText('责令限期改正');
  await unitRow.click();
  await expect(unit.getByTestId('spot-check-detail')).toContainText(order);
  await expectActions(unit, ['报送整改情况']);
  await act(unit, '报送整改情况', async (dialog) => {
    await dialog.getByLabel('整改情况及佐证').fill(response);
  });
  await expect(unit.getByTestId('spot-check-detail')).toContainText(response);
  await expectActions(unit, ['报送整改情况']);
  await noCodes(unit, [planned?.id ?? '', drillId]);
  await shot(unit, 'spot-check-answered');

  // The office sees the answer and accepts the correction.
  await page.reload();
  await page.getByTestId('spot-check-row').filter({ hasText: drillTitle }).click();
  await expect(detail).toContainText(response);
  await act(page, '确认已改正', async () => {});
  await expect(detail).toContainText('已改正');
  await expectActions(page, []);
  await page.keyboard.press('Escape');

  // 抽查台账: the register as a workbook named in words.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载抽查台账/ }).click();
  expect((await download).suggestedFilename()).toBe('演练抽查台账.xlsx');

  // 重点单位演练报告: each key unit of the district with its report status in words.
  await openFromNav(page, '重点单位演练报告', '重点单位演练报告');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  const keyUnits = page.getByTestId('key-unit-row');
  await expect(keyUnits.or(page.getByText('范围内没有应急重点单位', { exact: false })).first()).toBeVisible();
  if ((await keyUnits.count()) > 0) await expect(keyUnits.first().getByTestId('key-unit-status')).toContainText(/已报送|逾期报送|待报送|未报送|未开展演练/);
  await noCodes(page, []);
  await shot(page, 'key-unit-reports');
});

test('on a phone the grid inspector records an unannounced spot check on site with a photo @phone', async ({ page, shot }) => {
  const run = Date.now() % 1_000_000;
  const drillTitle = `e2e 现场抽查对象 消防演练 ${run}`;
  const findings = `现场询问员工，不清楚疏散路线 ${run}`;
  const drillId = await seedDrill(drillTitle);

  await login(page, 'inspector');
  await (await openMore(page)).getByRole('menuitem', { name: '现场抽查' }).click();
  await expect(page.getByRole('heading', { name: '现场抽查' })).toBeVisible();
  await expect(page.getByText(/\d{4}年[上下]半年/)).toBeVisible();

  // Nothing chosen: the form says what is missing and sends nothing.
  await page.getByRole('button', { name: '提交抽查结果' }).click();
  await expect(page.getByText('请选择被抽查单位')).toBeVisible();
  await expect(page.getByText('请选择抽查结果')).toBeVisible();

  await page.getByLabel('被抽查单位').selectOption({ label: ENTERPRISE.name });
  await expect(page.getByLabel(/所查演练/).locator('option').filter({ hasText: drillTitle })).toHaveCount(1);
  await page.getByLabel(/所查演练/).selectOption({ label: `${drillTitle}（${isoDate(10)}）` });
  await expect(page.getByLabel('突袭抽查')).toBeChecked();
  await page.getByText('不符合要求', { exact: true }).click();
  await page.getByLabel(/发现问题/).fill(findings);
  await page.getByTestId('photo-input').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.photo-thumb')).toHaveCount(1);
  await noSidewaysScroll(page);
  await shot(page, 'spot-check-on-site');
  await page.getByRole('button', { name: '提交抽查结果' }).click();
  await expect(page.getByText(/已登记抽查 \S+/)).toBeVisible();
  await expect(page.getByLabel(/发现问题/)).toHaveValue('');
  await expect(page.getByText('已上传 1 张现场照片')).toBeVisible();

  const [recorded, ...more] = await checksOfDrill('inspector', drillTitle);
  expect(more, 'recorded once').toHaveLength(0);
  expect(recorded).toMatchObject({ drillId, unannounced: true, status: 'DONE', result: 'NONCOMPLIANT', findings });
  expect(recorded?.files.map((f) => f.purpose)).toEqual(['SITE_PHOTO']);

  // Back in the register on the phone: the check in words, no sideways page.
  await page.getByRole('link', { name: '返回演练抽查' }).click();
  const row = page.getByTestId('spot-check-row').filter({ hasText: drillTitle });
  await expect(row).toContainText('已检查');
  await expect(row).toContainText('不符合要求');
  await noSidewaysScroll(page);
  await noCodes(page, [recorded?.id ?? '', drillId]);
  await shot(page, 'spot-check-register-phone');
});
