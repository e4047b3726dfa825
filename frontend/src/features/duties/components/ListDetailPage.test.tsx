import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { listHandlers } from '../testing/handlers';
import { listFixture } from '../testing/fixtures';
import { ListDetailPage } from './ListDetailPage';

const page = (
  <Routes>
    <Route path="/lists/:id" element={<ListDetailPage />} />
  </Routes>
);

describe('a responsibility list at the desk', () => {
  it('shows items, indicators and signatures in labels and exactly the allowed actions; publishing asks for the 文号', async () => {
    const inReview = listFixture({ status: 'IN_REVIEW', docNumber: null, allowedActions: ['PUBLISH', 'RETURN'] });
    const published = listFixture({ status: 'PUBLISHED', version: 4, allowedActions: [] });
    const seen: { body?: unknown; ifMatch?: string | null } = {};
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      listHandlers.detail(inReview),
      listHandlers.history(inReview),
      listHandlers.transition(inReview, published, seen),
      listHandlers.lists([listFixture({ id: 'list-0', versionNo: 1, status: 'SUPERSEDED', docNumber: '南安委〔2026〕1号' }), { ...inReview, versionNo: 2 }]),
    );
    await renderApp(page, { route: '/lists/list-1' });

    expect(await screen.findByTestId('list-status')).toHaveTextContent('审核中');
    const items = screen.getByTestId('list-items');
    for (const text of ['检查督查', '每季度至少 1 次', '需照片', '须本人履行', '人工核验']) expect(within(items).getByText(text)).toBeInTheDocument();
    expect(within(screen.getByTestId('list-indicators')).getByText('死亡人数')).toBeInTheDocument();
    expect(screen.getByText('尚未签订')).toBeInTheDocument();
    const versions = await screen.findByTestId('list-versions');
    expect(await within(versions).findByRole('link', { name: '第 1 版' })).toHaveAttribute('href', '/lists/list-0');
    expect(within(versions).getByText('已被新版本替代')).toBeInTheDocument();
    expect(within(versions).getByText('本版')).toBeInTheDocument();

    const bar = screen.getByRole('group', { name: '可执行操作' });
    expect(within(bar).getAllByRole('button').map((b) => b.textContent.replace(/\s/g, ''))).toEqual(['印发', '退回修改']);

    await userEvent.click(within(bar).getByRole('button', { name: '印发' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    expect(await within(dialog).findByText('请填写印发文号')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('文号'), '南安委〔2026〕3号');
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));

    expect(await screen.findByText('已印发', { selector: '[data-testid="list-status"]' })).toBeInTheDocument();
    expect(seen.body).toMatchObject({ action: 'PUBLISH', docNumber: '南安委〔2026〕3号' });
    expect(seen.ifMatch).toBe('"3"');
    expect(screen.queryByRole('group', { name: '可执行操作' })).not.toBeInTheDocument();
  });
});
