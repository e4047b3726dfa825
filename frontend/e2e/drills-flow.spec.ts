// A drill from plan to end: at a desk the enterprise plans a drill, prepares it, attaches the work plan (the one
// document this drill needs), marks it ready and starts it; on a phone the evaluator's timeline takes an entry with the
// network cut, shows it pending, and once the network is back the entry reaches the drill exactly once; at the desk
// the drill ends with the headcount and the photos still needed.
import { act, expectStatus } from './drill-steps';
import { appInstalled, expect, login, test } from './fixtures';
import { api, desktop } from './support';

// A 1×1 PNG and a minimal PDF: real files the server's magic-byte check accepts.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface TimelineEntry {
  clientId: string;
  text: string;
}

test('the enterprise plans, prepares, readies and starts a drill; the phone logs it offline once; the desk ends it @phone', async ({
  page,
  context,
  guard,
  loginAs,
  shot,
}) => {
  guard.allow(/net::ERR_INTERNET_DISCONNECTED/, 'the test cuts the network; Chromium logs every request that fails');
  const title = `e2e 消防疏散演练 ${Date.now() % 1_000_000}`;
  const observation = `疏散组到达集合点，清点人数 ${Date.now() % 1000} 人`;

  // At the desk: plan it (no evaluation, so the work plan is the one document it waits for).
  const desk = await loginAs('enterprise', desktop);
  await desk.goto('/drills/plan');
  await desk.getByRole('textbox', { name: '演练名称' }).fill(title);
  await desk.getByRole('textbox', { name: '总指挥' }).fill('张建国');
  await desk.getByLabel('开展演练评估（须评估方案）').uncheck();
  await desk.getByRole('button', { name: /^计\s?划$/ }).click();
  await expect(desk.getByRole('heading', { name: title })).toBeVisible();
  await expectStatus(desk, '已计划');
  const id = /\/drills\/([^/?]+)$/.exec(desk.url())?.[1] ?? '';
  expect(id).not.toBe('');

  await act(desk, '开始准备');
  await expectStatus(desk, '准备中');
  await expect(desk.getByTestId('missing-documents')).toHaveText('标记准备就绪前还须上传：工作方案');
  await expect(desk.getByRole('group', { name: '可执行操作' }).getByRole('button', { name: '准备就绪', exact: true })).toHaveCount(0);
  await shot(desk, 'drill-preparing');

  await desk.getByTestId('attach-input-WORK_PLAN').setInputFiles({ name: '演练工作方案.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(desk.locator('[data-testid="drill-document"][data-kind="WORK_PLAN"]')).toContainText('演练工作方案.pdf');
  await expect(desk.getByTestId('missing-documents')).toHaveCount(0);
  await act(desk, '准备就绪');
  await expectStatus(desk, '准备就绪');
  await act(desk, '开始演练');
  await expectStatus(desk, '实施中');
  await expect(desk.getByTestId('drill-history')).toContainText('开始演练');

  // On the phone: the log page is on the phone once the service worker has installed the app.
  await login(page, 'enterprise');
  await appInstalled(page);
  await page.goto(`/drills/${id}/log`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('drill-log-form')).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByTestId('offline-note')).toBeVisible();
  await page.getByLabel('内容').fill(observation);
  await page.getByTestId('photo-input').setInputFiles({ name: 'assembly.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.photo-thumb img')).toBeVisible();
  await page.getByRole('button', { name: '保存记录' }).click();
  const entry = page.getByTestId('drill-log-entry').filter({ hasText: observation });
  await expect(entry).toHaveAttribute('data-state', 'pending');
  await expect(entry).toContainText('待上传');
  await expect(page.getByLabel('内容')).toHaveValue('');
  await shot(page, 'drill-log-offline');
  const logged = () => api<{ items: TimelineEntry[] }>('enterprise', `/drills/${id}/timeline`).then((t) => t.items.filter((e) => e.text === observation));
  expect(await logged(), 'the entry reached the server while offline').toHaveLength(0);

  await context.setOffline(false);
  await expect(entry).toHaveAttribute('data-state', 'synced', { timeout: 60_000 });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('1 张照片');
  await shot(page, 'drill-log-synced');
  expect(await logged(), 'entries on the server').toHaveLength(1);
  for (const code of ['OBSERVATION', 'IN_PROGRESS']) await expect(page.locator('body')).not.toContainText(code);
  const width = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
  expect(width.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width.inner);

  // Back at the desk: the entry is in the drill's log once; the drill ends with the two photos it still needs.
  await desk.reload();
  await expect(desk.getByTestId('drill-log-entry').filter({ hasText: observation })).toHaveCount(1);
  await act(desk, '结束演练', async (dialog) => {
    await expect(dialog).toContainText('已有 1 张');
    await dialog.getByLabel('参演人数', { exact: true }).fill('86');
    await dialog.getByTestId('photo-input').setInputFiles([
      { name: 'a.png', mimeType: 'image/png', buffer: PNG },
      { name: 'b.png', mimeType: 'image/png', buffer: PNG },
    ]);
    await expect(dialog.locator('.photo-thumb img')).toHaveCount(2);
  });
  await expectStatus(desk, '已实施');
  await expect(desk.getByTestId('drill-facts')).toContainText('实际 86 人');
  await expect(desk.getByTestId('drill-history')).toContainText('结束演练');
  await shot(desk, 'drill-conducted');
  expect((await logged()).length).toBe(1);
});
