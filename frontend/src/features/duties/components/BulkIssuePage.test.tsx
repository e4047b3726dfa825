import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json, problem } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { BulkIssuePage } from './BulkIssuePage';

const township = { id: 'org-hgy', code: '520102001', name: '花果园街道' };

describe('issuing lists to a subtree', () => {
  it('sends template, year, subtree and 文号 with an Idempotency-Key and shows each post created, skipped or refused with its reason code in words', async () => {
    const seen: { body?: unknown; keys: (string | null)[] } = { keys: [] };
    let calls = 0;
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      http.get('/api/v1/orgs', () => json({ items: [{ ...township, kind: 'REGION' }], nextCursor: null })),
      http.get('/api/v1/list-templates', () =>
        json({ items: [{ id: 'tpl-1', code: 'TERRITORY-TOWNSHIP', versionNo: 1, holderKind: 'TERRITORY_TOWNSHIP', title: '属地责任清单', issuingOrg: null, sourceDocs: '000', itemCount: 3, retired: false, createdAt: '2026-01-01T00:00:00Z' }], nextCursor: null }),
      ),
      http.post('/api/v1/responsibility-lists/bulk-issue', async ({ request }) => {
        calls += 1;
        seen.body = await request.json();
        seen.keys.push(request.headers.get('Idempotency-Key'));
        if (calls === 1) return problem(503, { title: '服务暂不可用' });
        return json({
          created: 1,
          skipped: 1,
          refused: 1,
          items: [
            { postId: 'p1', postTitle: '街道办事处主任', holderOrg: township, outcome: 'CREATED', listId: 'l1', status: 'PUBLISHED', reason: null },
            { postId: 'p2', postTitle: '党工委书记', holderOrg: township, outcome: 'SKIPPED', listId: null, status: null, reason: 'LIST_EXISTS' },
            { postId: 'p3', postTitle: '街道办事处主任', holderOrg: { id: 'o3', code: '520102009', name: '中华南路街道' }, outcome: 'REFUSED', listId: null, status: null, reason: 'NOT_ISSUER' },
          ],
        });
      }),
    );
    await renderApp(<BulkIssuePage />);
    await userEvent.click(await screen.findByLabelText('模板'));
    await userEvent.click(await screen.findByText('属地责任清单 · 乡（镇）、街道（第 1 版）'));
    await userEvent.type(screen.getByLabelText('文号'), '南安委〔2026〕9号');
    await userEvent.click(screen.getByRole('button', { name: /下\s*达/ }));
    expect(await screen.findByText('服务暂不可用')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /下\s*达/ }));

    expect(await screen.findByText('新建 1 份，跳过 1 份（本年度已有），未下达 1 份')).toBeInTheDocument();
    expect(seen.body).toEqual({ templateId: 'tpl-1', year: new Date().getFullYear(), rootOrgId: 'org-nanming', docNumber: '南安委〔2026〕9号' });
    expect(seen.keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.keys[1]).not.toBe(seen.keys[0]);
    const results = screen.getByTestId('issue-results');
    const refused = within(results).getByText('中华南路街道 · 街道办事处主任').closest('tr');
    if (!refused) throw new Error('no row');
    expect(within(refused).getByText('无权下达')).toBeInTheDocument();
    // The server's reason code, in words.
    expect(within(refused).getByText('本单位不向该岗位下达此类清单')).toBeInTheDocument();
    expect(within(results).getByText('该岗位本年度已有此类清单')).toBeInTheDocument();
    expect(within(results).getAllByRole('link', { name: '查看清单' })[0]).toHaveAttribute('href', '/lists/l1');
  });
});
