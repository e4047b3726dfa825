import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { listHandlers, recordHandlers } from '../testing/handlers';
import { listFixture, recordFixture } from '../testing/fixtures';
import { RecordsReviewPage } from './RecordsReviewPage';

const page = (
  <Routes>
    <Route path="/duties/records" element={<RecordsReviewPage />} />
  </Routes>
);

describe('reviewing fulfilment records at the desk', () => {
  it('lists the submitted records with their duty and holder, opens one with its evidence, and returns it with a reason and If-Match', async () => {
    const requests = recordRequests();
    const submitted = recordFixture({
      allowedActions: ['ACCEPT', 'REJECT', 'DISPUTE'],
      attachments: [{ id: 'att-1', fileName: 'minutes.pdf', contentType: 'application/pdf', size: 2048, sha256: 'a'.repeat(64), uploadedAt: '2026-10-20T08:00:00Z', ownerType: 'FULFILMENT', ownerId: 'rec-1', purpose: 'EVIDENCE' }],
    });
    const returned = recordFixture({ state: 'DRAFT', version: 2, allowedActions: [], review: { by: '张安全', at: '2026-10-21T02:00:00Z', decision: 'REJECT', reason: '缺少检查记录表照片' } });
    const seen: { body?: unknown; ifMatch?: string | null } = {};
    server.use(
      sessionHandlers.me({ ...meFixture(['safety_office']), capabilities: ['REVIEW_FULFILMENT'] }),
      recordHandlers.list([submitted]),
      // The server's copy after the transition: what the refetch reads.
      http.get(`/api/v1/fulfilment-records/${submitted.id}`, () => {
        const now = seen.body ? returned : submitted;
        return json(now, { headers: { ETag: `"${now.version}"` } });
      }),
      recordHandlers.transition(submitted, returned, seen),
      http.get(`/api/v1/fulfilment-records/${submitted.id}/history`, () => json({ items: [] })),
      listHandlers.detail(listFixture({ status: 'ACTIVE', currentHolder: '林晓' })),
    );
    await renderApp(page, { route: '/duties/records' });

    const row = await screen.findByTestId('record-row');
    expect(await within(row).findByText('1. 每季度至少带队开展1次安全生产检查')).toBeInTheDocument();
    expect(row).toHaveTextContent('花果园街道 · 街道办事处主任 林晓');
    expect(new URL(requests.find((r) => new URL(r.url).pathname === '/api/v1/fulfilment-records')?.url ?? 'http://x').searchParams.get('state')).toBe('SUBMITTED');

    await userEvent.click(row);
    const panel = await screen.findByTestId('record-panel');
    expect(await within(panel).findByText('带队检查花果园市场')).toBeInTheDocument();
    expect(panel).toHaveTextContent('花果园市场 · 26.5606, 106.6924');
    expect(within(panel).getByText('佐证材料（1）')).toBeInTheDocument();
    const bar = within(panel).getByRole('group', { name: '可执行操作' });
    expect(within(bar).getAllByRole('button').map((b) => b.textContent.replace(/\s/g, ''))).toEqual(['认定', '退回']);

    await userEvent.click(within(bar).getByRole('button', { name: /退\s*回/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    expect(await within(dialog).findByText('请填写理由')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('理由'), '缺少检查记录表照片');
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));

    expect(await within(panel).findByText('草稿', { selector: '[data-testid="record-state"]' })).toBeInTheDocument();
    expect(seen.body).toEqual({ action: 'REJECT', comment: '缺少检查记录表照片' });
    expect(seen.ifMatch).toBe('"1"');
    expect(panel).toHaveTextContent('张安全 · 退回 · 缺少检查记录表照片');
  });
});
