// The hazard closed loop end to end against a running stack (./run.sh --detach): an inspector reports
// a hazard with a photo on a phone while OFFLINE, the queue drains when back online and the ticket exists
// once; then the safety office confirms, the enterprise rectifies and submits, the safety office accepts.
import { BASE, api, check, desktop, fail, finish, launch, login, phone, shot, step, token, TIMEOUT } from './support.mjs';

const ENTERPRISE = '贵州黔城建设工程有限公司';
// A 1×1 PNG: small, and a real image the server's magic-byte check accepts.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function ticketsTitled(title) {
  const found = await api(await token('safety'), `/api/v1/hazards?q=${encodeURIComponent(title)}&limit=10`);
  return found.items.filter((h) => h.title === title);
}

async function act(page, action, fill) {
  await page.getByRole('group', { name: '可执行操作' }).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await dialog.waitFor({ state: 'detached', timeout: TIMEOUT });
}

async function expectState(page, label) {
  await page.getByTestId('hazard-state').filter({ hasText: label }).first().waitFor({ timeout: TIMEOUT });
}

async function run() {
  const title = `e2e 脚手架连墙件缺失 ${Date.now() % 1_000_000}`;
  const browser = await launch();
  let hazardId;
  try {
    console.log(`e2e hazards against ${BASE}`);
    const field = await browser.newContext({ ...phone, locale: 'zh-CN' });
    const page = await field.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const loggedIn = await step('inspector logs in on a phone; the enterprises of its grid are cached for offline use', async () => {
      const enterprises = page.waitForResponse((r) => r.url().includes('/api/v1/orgs?') && r.url().includes('kind=ENTERPRISE') && r.ok());
      await login(page, 'inspector');
      await enterprises;
      const tabs = await page.getByRole('navigation', { name: '主导航' }).locator('a').allInnerTexts();
      check(tabs.length <= 5, `bottom nav has ${tabs.length} items: ${tabs}`);
      for (const wanted of ['上报', '待办', '隐患']) check(tabs.some((t) => t.includes(wanted)), `nav lacks ${wanted}: ${tabs}`);
    });
    if (!loggedIn) return;

    await step('OFFLINE: the inspector reports a hazard with a photo and sees it queued', async () => {
      await field.setOffline(true);
      await page.getByRole('navigation', { name: '主导航' }).getByText('上报').click();
      await page.getByTestId('offline-note').waitFor();
      await page.getByTestId('photo-input').setInputFiles({ name: 'scaffold.png', mimeType: 'image/png', buffer: PNG });
      await page.locator('.photo-thumb img').waitFor();
      await page.getByLabel('企业').click();
      await page.getByLabel('企业').fill('黔城');
      await page.locator('.ant-select-item-option').filter({ hasText: ENTERPRISE }).click();
      await page.getByLabel('隐患名称').fill(title);
      await page.getByLabel('位置').fill('三号楼东侧脚手架');
      await page.getByTestId('gps-status').waitFor();
      await shot(page, 'phone-inspector-report-offline');
      await page.getByRole('button', { name: '保存并上报' }).click();
      await page.waitForURL(`${BASE}/hazards/queue`);
      const item = page.getByTestId('queue-item').filter({ hasText: title });
      await item.waitFor();
      check((await item.getAttribute('data-status')) === 'queued', `item is ${await item.getAttribute('data-status')}`);
      check((await page.getByTestId('queue-badge').getAttribute('data-count')) === '1', 'header badge does not count 1');
      await shot(page, 'phone-inspector-queue-offline');
      check((await ticketsTitled(title)).length === 0, 'the ticket reached the server while offline');
    });

    await step('back online the queue drains and the ticket exists exactly once', async () => {
      await field.setOffline(false);
      await page.getByTestId('queue-item').filter({ hasText: title }).and(page.locator('[data-status="sent"]')).waitFor({ timeout: 60_000 });
      await page.getByTestId('queue-summary').filter({ hasText: '全部已上传' }).waitFor();
      await shot(page, 'phone-inspector-queue-drained');
      const tickets = await ticketsTitled(title);
      check(tickets.length === 1, `expected one ticket titled ${title}, found ${tickets.length}`);
      check(tickets[0].state === 'REPORTED', `state is ${tickets[0].state}`);
      check(tickets[0].enterprise?.name === ENTERPRISE, `enterprise is ${tickets[0].enterprise?.name}`);
      hazardId = tickets[0].id;
      await page.getByRole('link', { name: /查看 YH-/ }).first().click();
      await expectState(page, '待确认');
      await page.getByTestId('hazard-photo').first().waitFor();
      await shot(page, 'phone-inspector-ticket');
    });
    check(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await field.close();
    if (!hazardId) return;

    const desk = await browser.newContext({ ...desktop, locale: 'zh-CN' });
    const safety = await desk.newPage();
    safety.setDefaultTimeout(TIMEOUT);
    await step('safety (desktop) confirms the ticket with a deadline and responsible person', async () => {
      await login(safety, 'safety');
      await safety.goto(`${BASE}/hazards?q=${encodeURIComponent(title)}`);
      await safety.getByRole('link', { name: title }).click();
      await expectState(safety, '待确认');
      await act(safety, '确认', async (dialog) => {
        const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
        await dialog.getByLabel('责任人').fill('李工');
        const date = dialog.getByLabel('整改期限');
        await date.click();
        await date.fill(deadline);
        // Enter would also submit the form; Tab commits the typed date and leaves the submit to act().
        await date.press('Tab');
      });
      await expectState(safety, '已确认');
      await shot(safety, 'desktop-safety-confirmed');
    });

    const ent = await browser.newContext({ ...desktop, locale: 'zh-CN' });
    const epage = await ent.newPage();
    epage.setDefaultTimeout(TIMEOUT);
    await step('enterprise starts rectification and submits it for acceptance', async () => {
      await login(epage, 'enterprise');
      await epage.goto(`${BASE}/hazards/${hazardId}`);
      await expectState(epage, '已确认');
      await act(epage, '开始整改');
      await expectState(epage, '整改中');
      await act(epage, '提交验收', async (dialog) => {
        await dialog.getByLabel('整改情况说明').fill('已补设连墙件并复查');
      });
      await expectState(epage, '待验收');
      await shot(epage, 'desktop-enterprise-submitted');
    });
    await ent.close();

    await step('safety accepts and the ticket is CLOSED, with the whole history', async () => {
      await safety.goto(`${BASE}/hazards/${hazardId}`);
      await expectState(safety, '待验收');
      await act(safety, '验收通过', async (dialog) => {
        await dialog.getByLabel('验收意见').fill('现场复核合格');
      });
      await expectState(safety, '已销号');
      await safety.getByTestId('hazard-history').getByText('验收销号').waitFor();
      await shot(safety, 'desktop-safety-closed');
      const tickets = await ticketsTitled(title);
      check(tickets.length === 1 && tickets[0].state === 'CLOSED', `API: ${tickets.map((t) => t.state)}`);
    });
    await step('safety sees the statistics dashboard', async () => {
      await safety.goto(`${BASE}/hazards/stats`);
      await safety.getByTestId('hazard-kpis').getByText('整改率').waitFor();
      await safety.locator('canvas').first().waitFor();
      await shot(safety, 'desktop-safety-stats');
    });
    await desk.close();
  } finally {
    await browser.close();
  }
}

try {
  await run();
} catch (error) {
  fail(error);
}
finish();
