import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { drillFixture, preparingDrillFixture } from '../testing/fixtures';
import { DrillCalendarPage } from './DrillCalendarPage';

describe('the drill calendar', () => {
  it('puts the planned and held drills of the month on their days, reading pages until the month is passed', async () => {
    const pages: string[] = [];
    server.use(
      sessionHandlers.me(meFixture(['leader'])),
      http.get('/api/v1/drills', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        pages.push(cursor ?? 'first');
        if (!cursor) {
          return json({ items: [preparingDrillFixture({ plannedOn: '2027-01-05' }), preparingDrillFixture({ id: 'd-dec', plannedOn: '2026-12-20' })], nextCursor: 'next' });
        }
        if (cursor === 'next') return json({ items: [drillFixture({ id: 'd-held', title: '消防桌面推演', conductedOn: '2026-12-03' }), drillFixture({ id: 'd-nov', conductedOn: '2026-11-28' })], nextCursor: 'more' });
        return json({ items: [], nextCursor: null });
      }),
    );
    await renderApp(
      <Routes>
        <Route path="/drills/calendar" element={<DrillCalendarPage />} />
      </Routes>,
      { route: '/drills/calendar?month=2026-12' },
    );
    expect(await screen.findByTestId('calendar-month')).toHaveTextContent('2026年12月');
    const drills = await screen.findAllByTestId('calendar-drill');
    expect(drills.map((d) => d.textContent)).toEqual(['消防桌面推演', '消防疏散综合演练']);
    expect(within(drills[1] ?? document.body).getByRole('link')).toHaveAttribute('href', '/drills/d-dec');
    expect(pages).toEqual(['first', 'next']);
    await userEvent.click(screen.getByRole('button', { name: '下月' }));
    expect(await screen.findByTestId('calendar-month')).toHaveTextContent('2027年1月');
  }, 120_000);
});
