import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { HazardStats } from '../api/get-hazard-stats';
import { json, stubApi } from '@/test/api-stub';
import { industriesFixture, townshipFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { barOption, monthlyOption, StatsPage } from './StatsPage';

// jsdom has no canvas for ECharts to draw on; the charts' data is not what this test is about.
vi.mock('./StatsChart', () => ({
  StatsChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const stats: HazardStats = {
  total: 12,
  open: 5,
  closed: 6,
  rejected: 1,
  overdue: 2,
  majorUnderSupervision: 1,
  closureRate: 6 / 11,
  byState: [{ key: 'CLOSED', count: 6 }],
  byLevel: [{ key: 'MAJOR', count: 3 }],
  byIndustry: [{ key: 'CONSTRUCTION', count: 12 }],
  byTerritory: [],
  monthly: [],
};

function LocationProbe() {
  return <output data-testid="location">{useLocation().search}</output>;
}

const statsCalls = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/api/v1/hazards/stats').map((r) => new URL(r.url).searchParams);

describe('stats page', () => {
  it('reads its filters from the URL, sends them to the stats API and writes changes back', async () => {
    const api = stubApi({
      'GET /api/v1/hazards/stats': () => json(stats),
      'GET /api/v1/industries': () => json(industriesFixture),
      'GET /api/v1/orgs': (_request, url) =>
        json({ items: url.searchParams.get('kind') === 'REGION' ? [townshipFixture()] : [], nextCursor: null }),
      'GET /api/v1/orgs/org-hgy': () => json(townshipFixture()),
    });
    await renderApp(
      <Routes>
        <Route
          path="/hazards/stats"
          element={
            <>
              <StatsPage />
              <LocationProbe />
            </>
          }
        />
      </Routes>,
      { route: '/hazards/stats?territoryId=org-hgy&reportedFrom=2026-01-01&reportedTo=bad' },
    );
    expect(await within(await screen.findByTestId('hazard-kpis')).findByText('12')).toBeInTheDocument();
    const first = statsCalls(api.requests)[0];
    expect(first?.get('territoryId')).toBe('org-hgy');
    expect(first?.get('reportedFrom')).toBe('2026-01-01');
    expect(first?.has('reportedTo')).toBe(false);
    // The territory from the URL is shown by name, and the picker only asks for regions.
    expect(await screen.findByTitle('花果园街道')).toBeInTheDocument();
    const regionQuery = api.requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/v1/orgs');
    expect(regionQuery?.searchParams.get('kind')).toBe('REGION');

    await userEvent.click(screen.getByRole('combobox', { name: '行业' }));
    await userEvent.click(await screen.findByTitle('建筑施工'));
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent('industry=CONSTRUCTION');
    });
    await waitFor(() => {
      expect(statsCalls(api.requests).at(-1)?.get('industry')).toBe('CONSTRUCTION');
    });
    expect(statsCalls(api.requests).at(-1)?.get('territoryId')).toBe('org-hgy');
  });

  it('counts in whole tickets, keeps legends below the axes and labels every month', () => {
    const bars = barOption(['南明区', '云岩区'], [
      { name: '总数', data: [1, 2] },
      { name: '超期', data: [0, 1] },
    ], true);
    expect(bars.xAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(bars.legend).toMatchObject({ bottom: 0 });
    const months = ['2025-12', '2026-01', '2026-02'].map((month) => ({ month, reported: 1, closed: 0 }));
    const monthly = monthlyOption(months, { reported: '上报', closed: '销号' }, 'zh-CN');
    expect(monthly.yAxis).toMatchObject({ minInterval: 1 });
    expect((monthly.xAxis as { data: string[] }).data).toEqual(['2025年12月', '2026年1月', '2月']);
  });
});
