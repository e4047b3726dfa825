// Every demo user's first screen after logging in, at a desk and on a phone: its organization, the
// navigation its role may use (and none it may not), and a 工作台 with the cards of its job.
import { expect, login, navEntries, test } from './fixtures';
import type { User } from './support';

/** 工作台: the cards of each role's job, then the navigation it may and may not use. */
const firstScreens: Record<User, { cards: string[]; sees: string[]; never: string[] }> = {
  admin: { cards: ['待我处理', '辖区隐患概况'], sees: ['上报', '待办', '统计', '组织机构', '审计日志'], never: [] },
  safety: { cards: ['待我处理', '辖区隐患概况'], sees: ['上报', '待办', '统计', '组织机构', '审计日志'], never: [] },
  'safety-baiyun': { cards: ['待我处理', '辖区隐患概况'], sees: ['上报', '待办', '统计', '组织机构', '审计日志'], never: [] },
  leader: { cards: ['辖区隐患概况'], sees: ['我的职责', '统计', '组织机构'], never: ['上报', '待办', '审计日志'] },
  dept: { cards: ['待我处理', '主管行业隐患'], sees: ['上报', '待办', '统计', '组织机构'], never: ['审计日志'] },
  enterprise: { cards: ['上报隐患', '未销号隐患与整改期限'], sees: ['上报', '待办', '组织机构'], never: ['统计', '审计日志'] },
  inspector: { cards: ['上报隐患', '未销号隐患与整改期限'], sees: ['上报', '待办', '组织机构'], never: ['统计', '审计日志'] },
  linxiao: { cards: ['辖区隐患概况'], sees: ['我的职责', '统计', '组织机构'], never: ['上报', '待办', '审计日志'] },
};

for (const [user, { cards, sees, never }] of Object.entries(firstScreens) as [User, (typeof firstScreens)[User]][]) {
  test(`${user}'s first screen is the 工作台 of its job`, async ({ page, size, shot }) => {
    await login(page, user);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: '工作台' })).toBeVisible();
    for (const card of cards) await expect(main.getByText(card, { exact: true }).first(), `${user}'s 工作台 lacks ${card}`).toBeVisible();
    await expect(page.locator('.ant-spin-spinning, .app-spinner')).toHaveCount(0);
    await shot(page, `${user}-first-screen`);
    const entries = await navEntries(page, size);
    for (const entry of ['工作台', '我的', '隐患', ...sees]) expect(entries, `${user} should reach ${entry}`).toContain(entry);
    for (const entry of never) expect(entries, `${user} must not see ${entry}`).not.toContain(entry);
  });
}
