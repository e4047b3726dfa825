// 责任清单 end to end: the district safety office issues lists to its townships from a template, the head of
// 花果园街道 signs hers on a phone, records a duty offline with a photo, the office accepts the record, and the
// matrix drill-down shows her obligation met.
import { appInstalled, dialogShown, expect, test } from './fixtures';
import { api, phone } from './support';

// A 1×1 PNG: small, and a real image the server's magic-byte check accepts.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
// A yearly duty only the township lists carry, proven by her own photo (she must perform it in person).
const DUTY = '组织学习宣讲《地方党政领导干部安全生产责任制规定》至少1次';
const YEAR = new Date().getFullYear();

interface ListSummary {
  id: string;
  lineageId: string;
  versionNo: number;
  status: string;
  holderPostTitle: string;
  holderOrg: { name: string };
}

/**
 * Her list waits for her signature in the demo data; a stack the spec already ran against holds it signed, so the
 * office revises it into a new version, publishes and signs it as issuer: every run signs a waiting list.
 */
async function listWaitingForHer(): Promise<string> {
  const find = async () => {
    const lists = await api<{ items: ListSummary[] }>('safety', `/responsibility-lists?year=${YEAR}&holderKind=TERRITORY_TOWNSHIP&limit=200`);
    return lists.items
      .filter((l) => l.holderOrg.name === '花果园街道' && l.holderPostTitle === '街道办事处主任')
      .toSorted((a, b) => b.versionNo - a.versionNo)[0];
  };
  const latest = await find();
  if (!latest) throw new Error('no list of 花果园街道 街道办事处主任 in the demo data');
  if (latest.status === 'PUBLISHED') return latest.id;
  const act = (id: string, body: Record<string, unknown>) => api('safety', `/responsibility-lists/${id}/transitions`, { method: 'POST', body });
  await act(latest.id, { action: 'REVISE', comment: 'e2e：重新签订' });
  const draft = await find();
  if (!draft || draft.status !== 'DRAFT') throw new Error(`the revision is ${draft?.status ?? 'missing'}`);
  await act(draft.id, { action: 'SUBMIT' });
  await act(draft.id, { action: 'PUBLISH', docNumber: `南安委〔${YEAR}〕E2E${Date.now() % 100_000}号` });
  await act(draft.id, { action: 'SIGN' });
  return draft.id;
}

test('the office issues lists to its townships, 林晓 signs on her phone and records a duty offline, the office accepts it, the matrix shows it met @desktop', async ({
  page,
  loginAs,
  guard,
  shot,
}) => {
  guard.allow(/net::ERR_INTERNET_DISCONNECTED/, 'the test cuts the phone network; Chromium logs every request that fails');
  guard.allow(/net::ERR_FAILED \S*\/config\.json$/, 'offline, the service worker has no copy of the config; the app starts on the last one');
  const waiting = await listWaitingForHer();

  // 1. The district safety office issues the township list to every township head of 南明区.
  const office = await loginAs('safety');
  await office.goto('/lists');
  await office.getByRole('button', { name: '批量下达' }).click();
  // antd renders a long option list virtually: search first, then pick the option shown.
  await office.getByLabel('模板').fill('街道安全生产责任清单');
  await office.locator('.ant-select-item-option').filter({ hasText: '乡(镇)、街道安全生产责任清单 · 乡（镇）、街道' }).click();
  await office.getByLabel('岗位类别').fill('管委会主要负责人');
  await office.locator('.ant-select-item-option').filter({ hasText: '乡镇（街道）、管委会主要负责人' }).click();
  await office.getByLabel('文号').fill(`南安委〔${YEAR}〕E2E${Date.now() % 100_000}号`);
  await office.getByRole('button', { name: /下\s*达/ }).click();
  const results = office.getByTestId('issue-results');
  await expect(results).toBeVisible();
  // 花果园街道 already has its head's list this year: skipped, not issued twice.
  await expect(results.getByRole('row').filter({ hasText: '花果园街道 · 街道办事处主任' })).toContainText('已有清单，跳过');
  await shot(office, 'duty-lists-bulk-issue');

  // 2. 林晓 signs the list waiting for her on a 390 px phone.
  const phonePage = await loginAs('linxiao', phone);
  await appInstalled(phonePage);
  await phonePage.goto('/duties');
  const mine = phonePage.locator('[data-testid="my-list"][data-status="PUBLISHED"]');
  await expect(mine).toContainText('已印发，待您签订');
  // A tap on the card's link opens the list: the card around it does not take it.
  await mine.getByRole('link').click();
  await expect(phonePage).toHaveURL(new RegExp(`/duties/lists/${waiting}$`));
  await phonePage.getByRole('button', { name: '签订', exact: true }).click();
  await phonePage.getByRole('button', { name: '确认签订' }).click();
  await expect(phonePage.getByRole('button', { name: '签订', exact: true })).toHaveCount(0);
  await expect(phonePage.getByTestId('list-item').filter({ hasText: DUTY }).getByRole('link', { name: '记录履职' })).toBeVisible();
  await shot(phonePage, 'duty-lists-signed');

  // Signed, her duties are due on 我的职责. Nothing is wider than the phone: the 记录履职 buttons stay inside their
  // cards. (A mobile browser widens innerWidth to fit content that overflows, so the layout viewport must stay 390 px.)
  await phonePage.goto('/duties');
  await expect(phonePage.getByTestId('duty-card').getByRole('link', { name: '记录履职' }).first()).toBeVisible();
  const width = await phonePage.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: innerWidth }));
  expect(width.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(width.inner);
  expect(width.inner, 'the page was zoomed out to fit something too wide').toBe(phone.viewport.width);
  await phonePage.goto(`/duties/lists/${waiting}`);

  // 3. She records the duty with a photo while the network is cut; it goes up once the network is back.
  const item = phonePage.getByTestId('list-item').filter({ hasText: DUTY });
  await item.getByRole('link', { name: '记录履职' }).click();
  await expect(phonePage.getByLabel('履职内容')).toBeVisible();
  await phonePage.context().setOffline(true);
  const summary = `e2e 组织街道干部学习宣讲责任制规定 ${Date.now() % 1_000_000}`;
  await phonePage.getByLabel('履职内容').fill(summary);
  await phonePage.getByTestId('photo-input').setInputFiles({ name: 'study.png', mimeType: 'image/png', buffer: PNG });
  await phonePage.getByRole('button', { name: '保存并提交' }).click();
  await expect(phonePage.getByText('已保存在本机，联网后自动上传并提交')).toBeVisible();
  await expect(item.getByRole('listitem').filter({ hasText: summary })).toContainText('待上传');
  await shot(phonePage, 'duty-lists-record-offline');
  await phonePage.context().setOffline(false);
  // Back online the queue sends it: the item shows the server's state instead of 待上传.
  await expect(item.getByRole('listitem').filter({ hasText: summary })).toContainText('已提交');

  // 4. The office accepts the record in 履职审核.
  await office.goto('/duties/records');
  await office.getByTestId('record-row').filter({ hasText: DUTY }).first().getByRole('button').click();
  const panel = office.getByTestId('record-panel');
  await expect(panel).toContainText(summary);
  await panel.getByRole('button', { name: '认定' }).click();
  const accept = await dialogShown(office.getByRole('dialog'));
  await accept.getByRole('button', { name: /提\s*交/ }).click();
  await expect(accept).toBeHidden();
  await expect(panel).toContainText('已认定');
  await shot(office, 'duty-lists-accepted');

  // 5. The matrix's drill-down for that duty and year: her obligation is met.
  await office.goto('/duties/matrix');
  const row = office.getByTestId('matrix').getByRole('row').filter({ hasText: DUTY });
  await row.getByTestId('matrix-cell').first().click();
  const hers = office.getByTestId('cell-obligation').filter({ hasText: '林晓' });
  await expect(hers).toHaveAttribute('data-status', 'MET');
  await shot(office, 'duty-lists-matrix-met');
  await page.close();
});
