// Steps the drill specs share: an action of the drill page's action bar through its dialog, the drill's status, and
// a phone page that does not scroll sideways.
import type { Locator, Page } from '@playwright/test';
import { dialogShown, expect } from './fixtures';

export async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('group', { name: '可执行操作' }).getByRole('button', { name: action, exact: true }).first().click();
  const dialog = await dialogShown(page.getByRole('dialog'));
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
}

export async function expectStatus(page: Page, label: string) {
  await expect(page.getByTestId('drill-status').first()).toHaveText(label);
}

/** A phone page fits its width: nothing makes the whole page scroll sideways. */
export async function noSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
  expect(width.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width.inner);
}
