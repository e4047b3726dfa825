import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { MatrixPage } from './MatrixPage';

const cell = (periodKey: string, counts: Partial<Record<'met' | 'partial' | 'missed' | 'waived' | 'open' | 'atRisk', number>>, color: string) => {
  const c = { met: 0, partial: 0, missed: 0, waived: 0, open: 0, atRisk: 0, ...counts };
  return { periodKey, total: Object.values(c).reduce((a, b) => a + b, 0), ...c, color };
};

describe('fulfilment matrix (desk)', () => {
  it('shows each requirement × period in its 三色 with the counts in words and a legend', async () => {
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      http.get('/api/v1/duty-reports/matrix', () =>
        json({
          org: { id: 'org-nanming', code: '520102', name: '南明区', kind: 'REGION' },
          year: 2026,
          periods: [
            { periodKey: '2026-Q1', first: '2026-01-01', last: '2026-03-31' },
            { periodKey: '2026-Q2', first: '2026-04-01', last: '2026-06-30' },
          ],
          rows: [
            {
              key: 'rule-1',
              ruleId: 'rule-1',
              dutyKey: null,
              ruleCode: 'S1-4',
              category: null,
              title: '每季度至少带队检查1次',
              citation: 'S1 §4',
              cells: [cell('2026-Q1', { met: 3 }, 'GREEN'), cell('2026-Q2', { met: 1, missed: 2 }, 'RED')],
            },
          ],
        }),
      ),
    );
    await renderApp(<MatrixPage />);

    const cells = await screen.findAllByTestId('matrix-cell');
    expect(cells.map((c) => [c.dataset.color, c.textContent])).toEqual([
      ['GREEN', '绿 3/3'],
      ['RED', '红 1/3'],
    ]);
    expect(cells[0]).toHaveClass('tone-green');
    expect(cells[1]).toHaveClass('tone-red');
    expect(cells[1]).toHaveAttribute('title', expect.stringContaining('未完成 2'));
    expect(within(screen.getByTestId('matrix-legend')).getByText('红：有未完成')).toBeInTheDocument();
    expect(screen.getByText('南明区', { exact: false })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('GREEN');
  });

  it('opens a duty cell: its obligations with the holder then, the status in words and the evidence with its file hashes', async () => {
    const requests = recordRequests();
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      http.get('/api/v1/duty-reports/matrix', () =>
        json({
          org: { id: 'org-nanming', code: '520102', name: '南明区', kind: 'REGION' },
          year: 2026,
          periods: [{ periodKey: '2026-Q4', first: '2026-10-01', last: '2026-12-31' }],
          rows: [
            { key: 'duty-1', ruleId: null, dutyKey: 'duty-1', ruleCode: null, category: 'INSPECTION', title: '每季度至少带队开展1次安全生产检查', citation: 'S1 §4', cells: [cell('2026-Q4', { met: 1 }, 'GREEN')] },
          ],
        }),
      ),
      http.get('/api/v1/duty-reports/matrix/obligations', () =>
        json({
          items: [
            {
              obligationId: 'ob-1',
              subjectKind: 'POST',
              subjectName: '街道办事处主任',
              orgName: '花果园街道',
              holder: '林晓',
              periodKey: '2026-Q4',
              required: 1,
              counted: 1,
              late: 0,
              status: 'MET',
              evidence: [
                { sourceKind: 'FULFILMENT', sourceId: 'rec-1', date: '2026-12-09', enteredAt: '2026-12-09T08:00:00Z', withdrawnAt: null, files: [{ fileName: 'site.jpg', contentType: 'image/jpeg', sizeBytes: 2048, sha256: 'ab'.repeat(32), uploadedAt: '2026-12-09T08:00:00Z' }] },
                { sourceKind: 'FULFILMENT', sourceId: 'rec-0', date: '2026-11-02', enteredAt: '2026-11-02T08:00:00Z', withdrawnAt: '2026-11-03T08:00:00Z', files: [] },
              ],
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    await renderApp(<MatrixPage />);
    await userEvent.click(await screen.findByTestId('matrix-cell'));

    const obligation = await screen.findByTestId('cell-obligation');
    expect(obligation).toHaveTextContent('花果园街道 · 街道办事处主任 · 林晓');
    expect(within(obligation).getByTestId('obligation-status')).toHaveTextContent('已完成');
    const evidence = within(obligation).getByTestId('cell-evidence');
    expect(evidence).toHaveTextContent('2026-12-09 · 履职记录');
    expect(evidence).toHaveTextContent(`site.jpg · sha256 ${'ab'.repeat(6)}…`);
    expect(evidence).toHaveTextContent('2026-11-02 · 履职记录 · 已撤回（不再计入）');
    const asked = new URL(requests.find((r) => new URL(r.url).pathname === '/api/v1/duty-reports/matrix/obligations')?.url ?? 'http://x').searchParams;
    expect(Object.fromEntries(asked)).toMatchObject({ dutyKey: 'duty-1', periodKey: '2026-Q4', orgId: 'org-nanming' });
  });
});
