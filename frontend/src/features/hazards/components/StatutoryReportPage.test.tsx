import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { renderApp } from '@/test/render';
import { parsePeriod, StatutoryReportPage } from './StatutoryReportPage';

const row = {
  enterprise: { id: 'ent-1', code: '91520102001004484X', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' },
  found: 4,
  major: 1,
  rectified: 3,
  open: 1,
  overdue: 0,
  rectificationRate: 0.75,
  funds: 3000,
};

describe('statutory report', () => {
  it('defaults to the last quarter that ended: its report is the one due next', () => {
    expect(parsePeriod(new URLSearchParams(), dayjs('2027-02-10'))).toEqual({ year: 2026, quarter: 4 });
    expect(parsePeriod(new URLSearchParams(), dayjs('2026-12-01'))).toEqual({ year: 2026, quarter: 3 });
    expect(parsePeriod(new URLSearchParams('year=2025&period=year'))).toEqual({ year: 2025 });
  });

  it('shows the period, its due date and the per-enterprise figures, and switches to the annual report', async () => {
    const api = stubApi({
      'GET /api/v1/hazards/statutory-report': (_, url) =>
        url.searchParams.has('quarter')
          ? json({ period: '2026-Q3', from: '2026-07-01', to: '2026-10-01', dueDate: '2026-10-15', items: [row], nextCursor: null })
          : json({ period: '2026', from: '2026-01-01', to: '2027-01-01', dueDate: '2027-01-31', items: [row], nextCursor: null }),
    });
    await renderApp(<StatutoryReportPage />, { route: '/hazards/statutory?year=2026&period=3' });
    expect(await screen.findByText('贵州黔城建设工程有限公司')).toBeInTheDocument();
    expect(screen.getByTestId('statutory-due')).toHaveTextContent('2026-10-15');
    expect(screen.getByText('2026-07-01 – 2026-09-30')).toBeInTheDocument();
    expect(screen.getByText('75.0%')).toBeInTheDocument();

    await userEvent.click(within(screen.getByRole('radiogroup', { name: '报告期' })).getByText('年度'));
    expect(await screen.findByText('2027-01-31')).toBeInTheDocument();
    const last = api.requests.at(-1);
    expect(last && new URL(last.url).searchParams.has('quarter')).toBe(false);
  });
});
