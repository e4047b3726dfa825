// 问责台账 and 我的单位考核 (issue 12, deliverable 9): 南明区's safety office proposes and issues a 约谈 to 花果园街道
// (seeded through the API); the township head opens 我的单位考核 from the tab bar of a 390 px phone, finds it under
// 待办问责事项 with its due day, without sideways scroll, and answers it through the shared action dialog; at the desk the
// office finds it in 问责台账 filtered by kind, reads its facts, due day and history, and closes it. Page and console
// errors fail it.
import { act, noSidewaysScroll } from './drill-steps';
import { expect, nav, test } from './fixtures';
import { api, isoDate, phone } from './support';

interface Me {
  org: { id: string };
}

test('a township head answers a 约谈 from a phone and the office closes it in the register @desktop', async ({ page, loginAs }) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const title = `约谈花果园街道主要负责人 ${stamp}`;
  const township = (await api<Me>('linxiao', '/me')).org.id;
  const due = isoDate(10);
  const action = await api<{ id: string }>('safety', '/accountability-actions', {
    method: 'POST',
    body: { type: 'INTERVIEW', targetOrgId: township, title, reason: '辖区内连续发生生产安全事故', dueOn: due, targetPersons: [{ name: '林晓', postTitle: '街道办事处主任' }] },
  });
  await api('safety', `/accountability-actions/${action.id}/transitions`, { method: 'POST', body: { action: 'ISSUE' } });

  // The head, on a phone: 我的单位考核 is a tab; the 约谈 waits for the unit's answer, due in ten days.
  const head = await loginAs('linxiao', phone);
  await nav(head).getByText('我的单位考核', { exact: true }).click();
  await expect(head.getByRole('heading', { name: '我的单位考核' })).toBeVisible();
  await expect(head.getByTestId('no-projection').or(head.getByTestId('unit-projection'))).toBeVisible();
  const row = head.getByTestId('unit-action').filter({ hasText: title });
  await expect(row).toContainText(`${due} 前办结`);
  await expect(row).toContainText('待本单位答复');
  await expect(row).toContainText('点名本人');
  await noSidewaysScroll(head);
  await row.getByRole('link', { name: title }).click();
  await expect(head.getByTestId('action-due')).toContainText(due);
  await noSidewaysScroll(head);
  await act(head, '答复', (d) => d.getByLabel('答复').fill('已召开专题会议，查找问题5项，制定整改措施8条'));
  await expect(head.getByTestId('action-status')).toHaveText('已答复');
  await noSidewaysScroll(head);

  // The office at the desk: 问责台账, filtered to 约谈; the action with its history; closed.
  const office = await loginAs('safety');
  await nav(office).getByText('问责台账', { exact: true }).click();
  await expect(office.getByRole('heading', { name: '问责台账' })).toBeVisible();
  await office.getByRole('combobox', { name: '事项类型' }).click();
  await office.locator('.ant-select-item-option').filter({ hasText: /^约谈$/ }).click();
  await expect(office).toHaveURL(/type=INTERVIEW/);
  const listed = office.getByTestId('register-row').filter({ hasText: title });
  await expect(listed.getByTestId('action-status')).toHaveText('已答复');
  await noSidewaysScroll(office);
  await listed.getByRole('link', { name: title }).click();
  await expect(office.getByTestId('action-history')).toContainText('答复');
  await expect(office.getByText('已召开专题会议，查找问题5项，制定整改措施8条')).toBeVisible();
  await act(office, '办结', (d) => d.getByLabel('办结意见').fill('整改措施可行，予以办结'));
  await expect(office.getByTestId('action-status')).toHaveText('已办结');
  await expect(office.getByTestId('download-register')).toHaveCount(0);
  await office.getByRole('link', { name: '返回问责台账' }).click();
  await expect(office.getByTestId('download-register')).toBeVisible();
  await page.close();
});
