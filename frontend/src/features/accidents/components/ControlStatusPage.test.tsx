import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '@/test/downloads';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { accidentHandlers } from '../testing/handlers';
import { controlStatusFixture } from '../testing/fixtures';
import { ControlStatusPage } from './ControlStatusPage';

describe('control indicator status (desk)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks for the caller org and month and shows each ceiling against the actual, its status in colour and words', async () => {
    server.use(
      sessionHandlers.me(meFixture(['leader'])),
      ...orgNameHandlers([{ id: 'org-nanming', name: '南明区', code: '520102' }]),
      accidentHandlers.control(controlStatusFixture()),
    );
    const requests = recordRequests();
    await renderApp(<ControlStatusPage />, { route: '/accidents/control?month=2026-03' });

    const rows = await screen.findAllByTestId('control-row');
    expect(rows).toHaveLength(2);
    const [count, deaths] = rows as [HTMLElement, HTMLElement];
    expect(within(count).getByText('事故起数')).toBeInTheDocument();
    expect(within(count).getByText('预警')).toBeInTheDocument();
    expect(within(count).getByTestId('control-actual')).toHaveTextContent('10');
    expect(within(count).getByText(/已达控制指标 12 的 83.33%/)).toBeInTheDocument();
    expect(within(deaths).getByText('超标')).toBeInTheDocument();
    expect(within(deaths).getByText('下级分解指标合计 5，超出本级指标')).toBeInTheDocument();
    expect(screen.getByText('南明区 · 2026年1—3月')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('EXCEEDED');
    expect(document.body).not.toHaveTextContent('ACC_COUNT');

    const asked = requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/v1/control-indicator-status');
    expect(Object.fromEntries(asked?.searchParams ?? [])).toEqual({ orgId: 'org-nanming', year: '2026', month: '3' });
  });

  it('says so when no signed letter sets ceilings', async () => {
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      ...orgNameHandlers([{ id: 'org-nanming', name: '南明区', code: '520102' }]),
      accidentHandlers.control(controlStatusFixture({ items: [] })),
    );
    await renderApp(<ControlStatusPage />, { route: '/accidents/control?month=2026-03' });
    expect(await screen.findByText('该单位本年度没有生效的含控制指标的目标管理责任书')).toBeInTheDocument();
  });

  it('downloads the monthly bulletin of the chosen org and month as Excel', async () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      ...orgNameHandlers([{ id: 'org-nanming', name: '南明区', code: '520102' }]),
      accidentHandlers.control(controlStatusFixture()),
      http.get('/api/v1/control-indicator-status/bulletin.xlsx', () => new HttpResponse('PK', { headers: { 'Content-Type': xlsx } })),
    );
    const saved = captureDownloads();
    const requests = recordRequests();
    await renderApp(<ControlStatusPage />, { route: '/accidents/control?orgId=org-nanming&month=2026-03' });
    await screen.findAllByTestId('control-row');
    await userEvent.click(screen.getByRole('button', { name: /月度通报/ }));
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(saved[0]?.name).toBe('控制指标月度通报-2026年3月.xlsx');
    const asked = requests.find((r) => new URL(r.url).pathname === '/api/v1/control-indicator-status/bulletin.xlsx');
    expect(asked?.headers.get('Accept')).toBe(xlsx);
    expect(Object.fromEntries(new URL(asked?.url ?? '').searchParams)).toEqual({ orgId: 'org-nanming', year: '2026', month: '3' });
  });
});
