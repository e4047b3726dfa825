import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
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
});
