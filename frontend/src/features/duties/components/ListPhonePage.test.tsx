import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { reportDb } from '@/lib/offline-queue/db';
import { enqueueFulfilment } from '@/lib/offline-queue/enqueue';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { listHandlers, recordHandlers } from '../testing/handlers';
import { listFixture, recordFixture } from '../testing/fixtures';
import { ListPhonePage } from './ListPhonePage';

const page = (
  <Routes>
    <Route path="/duties/lists/:id" element={<ListPhonePage />} />
  </Routes>
);

describe('a responsibility list on the holder phone', () => {
  it('offers 签订 only when the server allows it, signs with If-Match and shows the signature', async () => {
    const published = listFixture({ allowedActions: ['SIGN'] });
    const signed = listFixture({
      status: 'PUBLISHED',
      version: 4,
      signatures: [{ role: 'HOLDER', personName: '林晓', personRef: 'linxiao', postId: 'post-hgy', signedAt: '2026-03-02T02:00:00Z', signDate: '2026-03-02', method: 'E_SIGN', docHash: 'a'.repeat(64) }],
      allowedActions: [],
    });
    const seen: { body?: unknown; ifMatch?: string | null } = {};
    server.use(sessionHandlers.me(meFixture(['leader'])), listHandlers.detail(published), listHandlers.transition(published, signed, seen));
    await renderApp(page, { route: '/duties/lists/list-1' });

    expect(await screen.findByRole('heading', { name: '花果园街道2026年度安全生产责任清单' })).toBeInTheDocument();
    expect(screen.getByTestId('list-status')).toHaveTextContent('已印发');
    expect(screen.getByTestId('list-item')).toHaveTextContent('每季度至少带队开展1次安全生产检查');
    expect(screen.getByTestId('list-item')).toHaveTextContent('检查督查 · 每季度至少 1 次');

    await userEvent.click(screen.getByRole('button', { name: '签订' }));
    const confirm = screen.getByRole('group', { name: '确认签订' });
    expect(confirm).toHaveTextContent('您将以 花果园街道 街道办事处主任 的身份签订本清单');
    await userEvent.click(within(confirm).getByRole('button', { name: '确认签订' }));

    expect(await screen.findByTestId('list-signatures')).toHaveTextContent('责任人：林晓');
    expect(seen.body).toMatchObject({ action: 'SIGN', method: 'E_SIGN' });
    expect(seen.ifMatch).toBe('"3"');
    expect(screen.queryByRole('button', { name: '签订' })).not.toBeInTheDocument();
  });

  it('shows no 签订 to a caller the server does not let sign', async () => {
    server.use(sessionHandlers.me(meFixture(['leader'])), listHandlers.detail(listFixture({ allowedActions: [] })));
    await renderApp(page, { route: '/duties/lists/list-1' });
    expect(await screen.findByTestId('list-item')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '签订' })).not.toBeInTheDocument();
  });

  it('shows a signed list item its records, the one still on the phone 待上传 above the submitted one, and 记录履职', async () => {
    for (const item of await reportDb.reports.newestFirst()) await reportDb.reports.delete(item.id);
    await enqueueFulfilment(reportDb, {
      input: { dutyItemId: 'item-1', date: '2026-12-09', summary: '带队检查三号楼工地', performers: [{ postId: 'post-hgy', personName: null, personRef: null }], submit: true },
      dutyText: '每季度至少带队开展1次安全生产检查',
      listId: 'list-1',
      photos: [],
    });
    const leader = { ...meFixture(['leader']), capabilities: ['RECORD_FULFILMENT' as const] };
    server.use(
      sessionHandlers.me(leader),
      listHandlers.detail(listFixture({ status: 'SIGNED' })),
      recordHandlers.list([recordFixture({ summary: '十月检查花果园市场', date: '2026-10-20', state: 'SUBMITTED' })]),
    );
    await renderApp(page, { route: '/duties/lists/list-1' });

    await expect.poll(() => screen.queryAllByTestId('item-record').map((r) => r.textContent)).toEqual(['2026-12-09 · 带队检查三号楼工地待上传', '2026-10-20 · 十月检查花果园市场已提交']);
    expect(within(screen.getByTestId('list-item')).getByRole('link', { name: '记录履职' })).toHaveAttribute('href', '/duties/lists/list-1/record/item-1');
  });
});
