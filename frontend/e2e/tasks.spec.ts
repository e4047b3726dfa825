// 待办: with tickets in every state (set up through the API), each role's task list holds the tickets it
// has to act on — a newly reported ticket (no deadline yet) included — and none that are finished.
import type { Page } from '@playwright/test';
import { expect, login, test } from './fixtures';
import { seedTicket, type TicketState, type User } from './support';

const states: TicketState[] = ['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE', 'CLOSED', 'REJECTED'];
const labels: Record<TicketState, string> = {
  REPORTED: '待确认',
  CONFIRMED: '已确认',
  RECTIFYING: '整改中',
  PENDING_ACCEPTANCE: '待验收',
  CLOSED: '已销号',
  REJECTED: '已退回',
};

const titles = {} as Record<TicketState, string>;

test.beforeAll(async () => {
  const run = Date.now() % 1_000_000;
  for (const state of states) {
    titles[state] = `e2e 待办 ${labels[state]} ${run}`;
    await seedTicket(titles[state], state);
  }
});

/** Each role's 待办: the states of the tickets it acts on. */
const tasks: { user: User; acts: TicketState[] }[] = [
  // supervisors confirm new reports and accept rectifications
  { user: 'safety', acts: ['REPORTED', 'PENDING_ACCEPTANCE'] },
  // the enterprise fixes a general hazard on the spot, starts and submits its rectifications
  { user: 'enterprise', acts: ['REPORTED', 'CONFIRMED', 'RECTIFYING'] },
  // the inspector follows every open ticket of its grid
  { user: 'inspector', acts: ['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE'] },
];

/** Loads more of the list, as a user scrolls on, until the ticket shows or the list ends. */
async function findTask(page: Page, title: string) {
  const card = page.getByRole('main').getByRole('listitem').filter({ hasText: title });
  const more = page.getByRole('button', { name: '加载更多' });
  for (;;) {
    await expect(page.locator('.ant-spin-spinning, .app-spinner')).toHaveCount(0);
    if (await card.isVisible()) return card;
    if (!(await more.isVisible())) return card;
    await more.click();
    await expect(more).not.toHaveClass(/ant-btn-loading/);
  }
}

for (const { user, acts } of tasks) {
  test(`${user}'s 待办 lists what it acts on, newly reported tickets included`, async ({ page, shot }) => {
    await login(page, user);
    await page.goto('/hazards/tasks');
    await expect(page.getByRole('heading', { name: '我的待办' })).toBeVisible();
    for (const state of acts) {
      const card = await findTask(page, titles[state]);
      await expect(card, `${user}'s 待办 lacks the ${state} ticket`).toBeVisible();
      await expect(card.getByTestId('hazard-state')).toHaveText(labels[state]);
    }
    await shot(page, `${user}-tasks`);
    // Nothing finished, and nothing this role does not act on.
    const shown = await page.getByRole('main').getByTestId('hazard-state').allInnerTexts();
    expect(new Set(shown), `${user}'s 待办 holds tickets in states it does not act on`).toEqual(new Set(acts.map((s) => labels[s])));
    for (const state of states.filter((s) => !acts.includes(s))) {
      await expect(page.getByRole('main').getByText(titles[state])).toHaveCount(0);
    }
  });
}
