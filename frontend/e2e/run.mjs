// End-to-end check of the SPA against a running stack (./run.sh --detach): real Keycloak login,
// real backend. Desktop and phone sizes; screenshots go to e2e/artifacts/. Exits non-zero on failure.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/$/, '');
const KEYCLOAK = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const API = (process.env.E2E_API_URL ?? BASE).replace(/\/$/, '');
const PASSWORD = process.env.E2E_PASSWORD ?? 'redline';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TIMEOUT = 20_000;

const viewports = [
  { name: 'desktop', viewport: { width: 1366, height: 768 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

let failures = 0;
let passes = 0;

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passes += 1;
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failures += 1;
    console.log(`  FAIL ${name}\n       ${String(error?.message ?? error).split('\n').join('\n       ')}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Test-only lookup: a token from the redline-test client (password grant) to find ids by official code. */
async function adminToken() {
  const response = await fetch(`${KEYCLOAK}/realms/redline/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'redline-test', username: 'admin', password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token request failed: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

async function orgIdByCode(token, code) {
  const response = await fetch(`${API}/api/v1/orgs/by-code/${encodeURIComponent(code)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  check(response.ok, `GET /orgs/by-code/${code}: HTTP ${response.status}`);
  return (await response.json()).id;
}

async function login(page, username) {
  await page.goto(`${BASE}/`);
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK), { timeout: TIMEOUT });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE) && !url.search.includes('code='), { timeout: TIMEOUT });
  await page.getByTestId('header-org').waitFor({ timeout: TIMEOUT });
}

function nav(page) {
  return page.getByRole('navigation', { name: '主导航' });
}

/** On a phone, pages that do not fit the tab bar (and language, logout) open from 更多. */
async function openMore(page, label = '更多') {
  await nav(page).getByRole('button', { name: label }).click();
  const drawer = page.getByRole('dialog');
  await drawer.waitFor();
  return drawer;
}

async function navTexts(page) {
  const texts = await nav(page).locator('a, li[role="menuitem"]').allInnerTexts();
  return texts.map((t) => t.trim()).filter(Boolean);
}

async function shot(page, size, name) {
  await page.screenshot({ path: `${ARTIFACTS}${size}-${name}.png`, fullPage: true });
}

async function run() {
  mkdirSync(ARTIFACTS, { recursive: true });
  console.log(`e2e against ${BASE} (Keycloak ${KEYCLOAK})`);

  let ids = {};
  await step('look up org ids with an admin token', async () => {
    const token = await adminToken();
    ids = {
      baiyun: await orgIdByCode(token, '520113'),
      township: await orgIdByCode(token, '520102001'),
    };
  });
  if (!ids.baiyun) return;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const { name: size, ...options } of viewports) {
      console.log(`[${size} ${options.viewport.width}x${options.viewport.height}]`);

      const safety = await browser.newContext({ ...options, locale: 'zh-CN' });
      const page = await safety.newPage();
      page.setDefaultTimeout(TIMEOUT);
      const consoleErrors = [];
      page.on('pageerror', (error) => consoleErrors.push(error.message));

      await step('safety logs in through Keycloak and sees 南明区 with the audit log', async () => {
        await login(page, 'safety');
        check((await page.getByTestId('header-org').innerText()).includes('南明区'), 'header org is not 南明区');
        const items = await navTexts(page);
        // A phone's tab bar keeps four field items; the rest open from 更多.
        const wantedItems = size === 'phone' ? ['隐患', '上报', '待办', '统计'] : ['我的', '隐患', '统计', '组织机构', '审计日志'];
        for (const wanted of wantedItems) check(items.includes(wanted), `nav lacks ${wanted}: ${items}`);
        if (size === 'phone') {
          const drawer = await openMore(page);
          const more = (await drawer.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
          for (const wanted of ['我的', '组织机构', '审计日志']) check(more.includes(wanted), `更多 lacks ${wanted}: ${more}`);
          await drawer.getByRole('menuitem', { name: '我的' }).click();
          await drawer.waitFor({ state: 'hidden' });
        }
        await page.getByText('安委办').first().waitFor();
        await shot(page, size, 'safety-me');
        if (size === 'phone') {
          // The narrowest supported phone: nothing may overflow sideways.
          await page.setViewportSize({ width: 360, height: 740 });
          // Mobile emulation widens the layout viewport to fit wide content, so compare with 360 itself.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 360);
          await shot(page, 'phone360', 'safety-me');
          await page.setViewportSize(options.viewport);
          check(overflow <= 0, `page is ${overflow}px wider than a 360px screen`);
        }
      });

      await step('safety browses the org list and drills into 花果园街道', async () => {
        if (size === 'phone') await (await openMore(page)).getByRole('menuitem', { name: '组织机构' }).click();
        else await nav(page).getByText('组织机构').click();
        await page.waitForURL(`${BASE}/orgs`);
        await page.getByRole('button', { name: '从本单位浏览' }).click();
        await page.getByRole('link', { name: '花果园街道' }).waitFor();
        await shot(page, size, 'safety-orgs');
      });

      await step('safety edits a township address and sees the saved value', async () => {
        const address = `贵阳市南明区花果园大街 ${size} ${Date.now() % 100000} 号`;
        await page.goto(`${BASE}/orgs/${ids.township}`);
        const field = page.getByLabel('地址');
        await field.fill(address);
        await page.getByRole('button', { name: '保存' }).click();
        await page.getByText('已保存').waitFor();
        await page.getByTestId('org-address').getByText(address).waitFor();
        await page.reload();
        await page.getByTestId('org-address').getByText(address).waitFor();
        await shot(page, size, 'safety-org-edit');
      });

      await step('safety opening 白云区 (outside the scope) gets the not-found screen', async () => {
        await page.goto(`${BASE}/orgs/${ids.baiyun}`);
        await page.getByText('组织不存在', { exact: true }).waitFor();
        check(!(await page.getByText('白云区').isVisible()), '白云区 should not be shown');
        await shot(page, size, 'safety-out-of-scope');
      });

      await step('an unknown route shows the 404 page', async () => {
        await page.goto(`${BASE}/no-such-page`);
        await page.getByText('页面不存在', { exact: true }).waitFor();
      });

      await step('language switches to English and back', async () => {
        await page.goto(`${BASE}/orgs`);
        if (size === 'phone') await openMore(page);
        await page.getByText('English', { exact: true }).click();
        await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Hazards').waitFor();
        if (size === 'phone') await page.keyboard.press('Escape');
        await shot(page, size, 'safety-orgs-en');
        if (size === 'phone') await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'More' }).click();
        await page.getByText('中文', { exact: true }).click();
        await nav(page).getByText('隐患').waitFor();
        if (size === 'phone') await page.keyboard.press('Escape');
      });

      await step('logout returns to the Keycloak login page', async () => {
        if (size === 'phone') await openMore(page);
        await page.getByRole('button', { name: '退出登录' }).click();
        await page.waitForURL((url) => url.href.startsWith(KEYCLOAK), { timeout: TIMEOUT });
        await page.locator('#username').waitFor();
      });

      await step('no uncaught errors in the page', async () => {
        check(consoleErrors.length === 0, `page errors: ${consoleErrors.join(' | ')}`);
      });
      await safety.close();

      const enterprise = await browser.newContext({ ...options, locale: 'zh-CN' });
      const epage = await enterprise.newPage();
      epage.setDefaultTimeout(TIMEOUT);
      await step('enterprise logs in and sees its own company without the audit log', async () => {
        await login(epage, 'enterprise');
        check(
          (await epage.getByTestId('header-org').innerText()).includes('贵州黔城建设工程有限公司'),
          'header org is not 贵州黔城建设工程有限公司',
        );
        let items = await navTexts(epage);
        if (size === 'phone') {
          const drawer = await openMore(epage);
          items = [...items, ...(await drawer.getByRole('menuitem').allInnerTexts()).map((t) => t.trim())];
          await epage.keyboard.press('Escape');
          await drawer.waitFor({ state: 'hidden' });
        }
        check(items.includes('组织机构'), `nav lacks 组织机构: ${items}`);
        check(!items.includes('审计日志'), `enterprise must not see 审计日志: ${items}`);
        await shot(epage, size, 'enterprise-me');
        await epage.goto(`${BASE}/audit`);
        await epage.getByText('页面不存在', { exact: true }).waitFor();
      });
      await enterprise.close();
    }
  } finally {
    await browser.close();
  }
}

try {
  await run();
} catch (error) {
  failures += 1;
  console.error(error);
}
console.log(`\nscreenshots: ${ARTIFACTS}`);
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 && passes > 0 ? 0 : 1);
