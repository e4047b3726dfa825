// Duties (责任清单与履职): a township head's 我的职责 on the phone, plain HTML without antd; the requirement rules
// at the desk, every code in words.
import { expect, login, nav, test } from './fixtures';
import { api } from './support';

test('a township head has 我的职责 in the tab bar; its cold load fetches no antd @phone', async ({ page, shot }) => {
  const scripts: string[] = [];
  await login(page, 'linxiao');
  await expect(nav(page).getByText('我的职责')).toBeVisible();
  // A cold load of the route, as from a bookmark: every script it needs is requested again.
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/duties');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: '我的职责' })).toBeVisible();
  await expect(main).toContainText('花果园街道');
  await expect(main.getByTestId('duties-empty').or(main.getByTestId('duty-card').first())).toBeVisible();
  await expect(page.locator('.app-spinner')).toHaveCount(0);
  await shot(page, 'township-my-duties');
  expect(scripts, 'the route loaded its chunk').toContainEqual(expect.stringMatching(/MyDutiesPage/));
  expect(scripts.filter((path) => /antd|AntdScope/i.test(path)), 'scripts with antd on the phone route').toEqual([]);
});

test('the admin reads a requirement rule with its selector, period and level in words @desktop', async ({ page, shot }) => {
  const code = `E2E-TOWNSHIP-${Date.now() % 1_000_000}`;
  await api('admin', '/requirement-rules', {
    method: 'POST',
    body: {
      code,
      title: `e2e 街道每季度至少研究安全生产1次 ${code}`,
      capability: 'DUTY',
      appliesTo: { regionLevels: ['TOWNSHIP'] },
      periodType: 'QUARTER',
      minCount: 1,
      jurisdiction: 'DISTRICT',
      effectiveFrom: '2026-01-01',
      citation: 'S2 二(二)',
    },
  });
  await login(page, 'admin');
  await nav(page).getByText('履职规则').click();
  await page.getByRole('searchbox', { name: '按编号、名称或依据搜索' }).fill(code);
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toBeVisible();
  for (const text of ['履职', '乡镇街道', '每季度', '区县级', 'S2 二(二)']) await expect(row).toContainText(text);
  await expect(row).not.toContainText('QUARTER');
  await shot(page, 'admin-requirement-rules');
});
