// Every demo user's first screen after logging in, at a desk and on a phone: its organization, the
// navigation its role may use (and none it may not), and a first screen that renders without errors.
import { expect, login, navEntries, test } from './fixtures';
import type { User } from './support';

const firstScreens: Record<User, { sees: string[]; never: string[] }> = {
  admin: { sees: ['隐患', '上报', '待办', '统计', '组织机构', '审计日志'], never: [] },
  safety: { sees: ['隐患', '上报', '待办', '统计', '组织机构', '审计日志'], never: [] },
  'safety-baiyun': { sees: ['隐患', '上报', '待办', '统计', '组织机构', '审计日志'], never: [] },
  leader: { sees: ['隐患', '统计', '组织机构'], never: ['上报', '待办', '审计日志'] },
  dept: { sees: ['隐患', '上报', '待办', '统计', '组织机构'], never: ['审计日志'] },
  enterprise: { sees: ['隐患', '上报', '待办', '组织机构'], never: ['统计', '审计日志'] },
  inspector: { sees: ['隐患', '上报', '待办', '组织机构'], never: ['统计', '审计日志'] },
};

for (const [user, { sees, never }] of Object.entries(firstScreens) as [User, (typeof firstScreens)[User]][]) {
  test(`${user}'s first screen`, async ({ page, size, shot }) => {
    await login(page, user);
    await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await shot(page, `${user}-first-screen`);
    const entries = await navEntries(page, size);
    for (const entry of sees) expect(entries, `${user} should reach ${entry}`).toContain(entry);
    for (const entry of never) expect(entries, `${user} must not see ${entry}`).not.toContain(entry);
  });
}
