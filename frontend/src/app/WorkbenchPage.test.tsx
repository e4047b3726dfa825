import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { hazardFixture, meFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { WorkbenchPanel, type WorkbenchCard } from '@/lib/workbench';
import { WorkbenchPage } from './WorkbenchPage';

const stats = {
  total: 20,
  open: 9,
  closed: 10,
  rejected: 1,
  overdue: 4,
  majorUnderSupervision: 1,
  closureRate: 10 / 19,
  byState: [
    { key: 'REPORTED', count: 3 },
    { key: 'PENDING_ACCEPTANCE', count: 2 },
  ],
  byLevel: [],
  byIndustry: [],
  byTerritory: [],
  monthly: [],
};

describe('workbench', () => {
  it('shows the cards that features register for the caller’s capabilities, and only those', async () => {
    stubApi({ 'GET /api/v1/me': () => json(meFixture(['leader'])) });
    const cards: WorkbenchCard[] = [
      { id: 'drills', visible: (me) => me.capabilities.includes('VIEW_HAZARD_STATS'), order: 2, Component: () => <WorkbenchPanel id="drills" title="演练提醒">drills</WorkbenchPanel> },
      { id: 'figures', visible: (me) => me.capabilities.includes('VIEW_HAZARD_STATS'), order: 1, Component: () => <WorkbenchPanel id="figures" title="辖区概况">figures</WorkbenchPanel> },
      { id: 'outbox', visible: (me) => me.capabilities.includes('REPORT_HAZARDS'), order: 0, Component: () => <WorkbenchPanel id="outbox" title="待上传">outbox</WorkbenchPanel> },
    ];
    await renderApp(<WorkbenchPage cards={cards} />);
    expect(await screen.findByRole('heading', { name: '工作台' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['辖区概况', '演练提醒']);
    expect(screen.queryByText('outbox')).not.toBeInTheDocument();
  });

  it('gives a district office what waits for it, with counts from the stats and the list filters', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meFixture(['safety_office'])),
      'GET /api/v1/hazards/stats': () => json(stats),
      'GET /api/v1/hazards': (_, url) =>
        url.searchParams.get('extensionRequested') === 'true'
          ? json({ items: [hazardFixture({ id: 'a' }), hazardFixture({ id: 'b' })], nextCursor: null })
          : json({ items: [], nextCursor: null }),
    });
    await renderApp(<WorkbenchPage />);
    const queue = await screen.findByTestId('workbench-supervision');
    expect(within(queue).getByRole('heading', { name: '待我处理' })).toBeInTheDocument();
    expect(await within(queue).findByTestId('workbench-extensions-count')).toHaveTextContent('2');
    expect(within(queue).getByTestId('workbench-to-confirm-count')).toHaveTextContent('3');
    expect(within(queue).getByTestId('workbench-to-accept-count')).toHaveTextContent('2');
    expect(within(queue).getByTestId('workbench-overdue-count')).toHaveTextContent('4');
    expect(within(queue).getByTestId('workbench-major-supervised-count')).toHaveTextContent('1');
    expect(within(queue).getByTestId('workbench-to-confirm').querySelector('a')).toHaveAttribute('href', '/hazards?state=REPORTED');
    const territory = screen.getByTestId('workbench-territory');
    expect(await within(territory).findByText('4 条隐患超期未整改')).toBeInTheDocument();
    // Counts come from filtered requests, never from paging through every ticket.
    const listCalls = api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/hazards');
    expect(listCalls.map((r) => new URL(r.url).searchParams.get('extensionRequested'))).toEqual(['true']);
  });

  it('gives an enterprise its open tickets, nearest deadline first, and its report button', async () => {
    stubApi({
      'GET /api/v1/me': () => json(meFixture(['enterprise'], { name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' })),
      'GET /api/v1/hazards': (_, url) =>
        url.searchParams.get('overdue') === 'true'
          ? json({ items: [hazardFixture({ id: 'late', overdue: true })], nextCursor: null })
          : json({
              items: [
                hazardFixture({ id: 'late', title: '消防通道堵塞', state: 'RECTIFYING', deadline: '2026-03-10', overdue: true }),
                hazardFixture({ id: 'new', title: '配电箱未接地' }),
              ],
              nextCursor: null,
            }),
    });
    await renderApp(<WorkbenchPage />);
    const open = await screen.findByTestId('workbench-open-tickets');
    expect(await within(open).findByText('消防通道堵塞')).toBeInTheDocument();
    expect(within(open).getByText('2026-03-10')).toBeInTheDocument();
    expect(within(open).getByTestId('workbench-open-count')).toHaveTextContent('2');
    expect(await within(open).findByTestId('workbench-overdue-count')).toHaveTextContent('1');
    expect(within(screen.getByTestId('workbench-report')).getByRole('button', { name: /上报隐患/ })).toBeInTheDocument();
    expect(screen.queryByTestId('workbench-supervision')).not.toBeInTheDocument();
  });
});
