// Around the app at a desk and on a phone: the org tree, an edit, what is out of scope,
// the language and logging out.
import { expect, login, nav, navEntries, openMore, test } from './fixtures';
import { KEYCLOAK, orgId } from './support';

test('the safety office browses its org tree and edits an address', async ({ page, size, shot }) => {
  await login(page, 'safety');
  if (size === 'phone') await (await openMore(page)).getByRole('menuitem', { name: '组织机构' }).click();
  else await nav(page).getByText('组织机构').click();
  await expect(page).toHaveURL(/\/orgs$/);
  await page.getByRole('button', { name: '从本单位浏览' }).click();
  await expect(page.getByRole('link', { name: '花果园街道' })).toBeVisible();
  await shot(page, 'safety-orgs');

  const address = `贵阳市南明区花果园大街 ${size} ${Date.now() % 100_000} 号`;
  await page.goto(`/orgs/${await orgId('520102001')}`);
  await page.getByLabel('地址').fill(address);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByTestId('org-address')).toHaveText(address);
  await page.reload();
  await expect(page.getByTestId('org-address')).toHaveText(address);
  await shot(page, 'safety-org-edit');
});

test('what is out of scope and unknown routes show not found', async ({ page, guard, shot }) => {
  guard.allow(/status of 404/, 'the test opens an org outside the scope on purpose: the API answers 404');
  await login(page, 'safety');
  await page.goto(`/orgs/${await orgId('520113')}`);
  await expect(page.getByText('组织不存在', { exact: true })).toBeVisible();
  await expect(page.getByText('白云区')).toBeHidden();
  await shot(page, 'safety-out-of-scope');
  await page.goto('/no-such-page');
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
});

test('the language switches to English and back; logout returns to the Keycloak login', async ({ page, size, shot }) => {
  await login(page, 'safety');
  await page.goto('/orgs');
  if (size === 'phone') await openMore(page);
  await page.getByText('English', { exact: true }).click();
  const english = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(english.getByText('Hazards')).toBeVisible();
  if (size === 'phone') await page.keyboard.press('Escape');
  await shot(page, 'safety-orgs-en');
  if (size === 'phone') await english.getByRole('button', { name: 'More' }).click();
  await page.getByText('中文', { exact: true }).click();
  await expect(nav(page).getByText('隐患')).toBeVisible();
  if (size === 'phone') await page.keyboard.press('Escape');

  if (size === 'phone') await openMore(page);
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK));
  await expect(page.locator('#username')).toBeVisible();
});

test('the enterprise sees its own company and no audit log', async ({ page, size }) => {
  await login(page, 'enterprise');
  const entries = await navEntries(page, size);
  expect(entries).toContain('组织机构');
  expect(entries).not.toContain('审计日志');
  await page.goto('/audit');
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
});

test('nothing overflows a 360px phone @phone', async ({ page, shot }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, 'safety');
  for (const path of ['/', '/hazards', '/hazards/tasks', '/hazards/report', '/orgs']) {
    await page.goto(path);
    await expect(nav(page)).toBeVisible();
    await expect(page.locator('.ant-spin-spinning, .app-spinner')).toHaveCount(0);
    // Mobile emulation widens the layout viewport to fit wide content, so compare with 360 itself.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 360);
    await shot(page, `360${path.replaceAll('/', '-')}`);
    expect(overflow, `${path} is ${overflow}px wider than a 360px screen`).toBeLessThanOrEqual(0);
  }
});
