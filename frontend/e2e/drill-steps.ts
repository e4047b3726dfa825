// Steps the drill specs share: an action of the drill page's action bar through its dialog, and the drill's status.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('group', { name: '可执行操作' }).getByRole('button', { name: action, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect(dialog).toBeHidden();
}

export async function expectStatus(page: Page, label: string) {
  await expect(page.getByTestId('drill-status').first()).toHaveText(label);
}
