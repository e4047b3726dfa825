import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { captureDownloads } from '@/test/downloads';
import { hazardFixture, industriesFixture, meFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { HazardListPage } from './HazardListPage';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function renderList(route: string, exportHandler: Parameters<typeof stubApi>[0][string]) {
  const api = stubApi({
    'GET /api/v1/me': () => json(meFixture(['safety_office'])),
    'GET /api/v1/industries': () => json(industriesFixture),
    'GET /api/v1/hazards': () => json({ items: [hazardFixture()], nextCursor: null }),
    'GET /api/v1/hazards/export.xlsx': exportHandler,
  });
  await renderApp(
    <Routes>
      <Route path="/hazards" element={<HazardListPage />} />
    </Routes>,
    { route },
  );
  return api;
}

describe('hazard list export', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('exports the list with the same filters as the list query', async () => {
    const saved = captureDownloads();
    const api = await renderList('/hazards?state=REPORTED&state=CONFIRMED&level=MAJOR&overdue=true&q=配电&sort=deadline', () =>
      new Response('PK', { headers: { 'Content-Type': xlsx } }),
    );
    expect(await screen.findByText('配电箱未接地')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(saved[0]?.name).toBe('隐患清单.xlsx');

    const request = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/hazards/export.xlsx');
    expect(request?.headers.get('Accept')).toBe(xlsx);
    expect(request?.headers.get('Authorization')).toBe('Bearer test-token');
    const exported = new URL(request?.url ?? '').searchParams;
    const listed = new URL(api.requests.find((r) => new URL(r.url).pathname === '/api/v1/hazards')?.url ?? '').searchParams;
    for (const key of ['state', 'level', 'overdue', 'q']) {
      expect(exported.getAll(key)).toEqual(listed.getAll(key));
    }
    expect(exported.getAll('state')).toEqual(['REPORTED', 'CONFIRMED']);
    expect(exported.has('sort')).toBe(false);
    expect(exported.has('limit')).toBe(false);
  });

  it('explains a 422 (over 20,000 rows) instead of downloading', async () => {
    const saved = captureDownloads();
    await renderList('/hazards', () =>
      problem(422, { title: 'Too many rows', detail: '筛选结果 35,000 条，超过导出上限 20,000 条' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('导出行数超过上限')).toBeInTheDocument();
    expect(screen.getByText(/请缩小筛选范围/)).toBeInTheDocument();
    expect(screen.getByText('筛选结果 35,000 条，超过导出上限 20,000 条')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });
});
