import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { industriesFixture, meFixture, townshipFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { OrgListPage } from './OrgListPage';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

const orgListCalls = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/api/v1/orgs').map((r) => new URL(r.url).searchParams);

describe('org list', () => {
  it('reads filters from the URL, loads more by cursor and drills down into children', async () => {
    const api = stubApi({
      'GET /api/v1/me': () => json(meFixture(['safety_office'])),
      'GET /api/v1/industries': () => json(industriesFixture),
      'GET /api/v1/orgs': (_request, url) => {
        if (url.searchParams.get('parentId') === 'org-hgy') {
          return json({ items: [townshipFixture({ id: 'org-grid', name: '一号网格', regionLevel: 'GRID' })], nextCursor: null });
        }
        return url.searchParams.get('cursor') === 'page-2'
          ? json({ items: [townshipFixture({ id: 'org-2', name: '第二页街道' })], nextCursor: null })
          : json({ items: [townshipFixture()], nextCursor: 'page-2' });
      },
      'GET /api/v1/orgs/org-hgy': () => json(townshipFixture()),
    });
    await renderApp(
      <Routes>
        <Route
          path="/orgs"
          element={
            <>
              <OrgListPage />
              <LocationProbe />
            </>
          }
        />
      </Routes>,
      { route: '/orgs?kind=REGION&q=花果' },
    );

    expect(await screen.findByRole('link', { name: '花果园街道' })).toHaveAttribute('href', '/orgs/org-hgy');
    const first = orgListCalls(api.requests)[0];
    expect(first?.get('kind')).toBe('REGION');
    expect(first?.get('q')).toBe('花果');
    expect(screen.getByLabelText('按名称或代码搜索')).toHaveValue('花果');

    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByRole('link', { name: '第二页街道' })).toBeInTheDocument();
    expect(orgListCalls(api.requests).at(-1)?.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '下级: 花果园街道' }));
    expect(await screen.findByRole('link', { name: '一号网格' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('?kind=REGION&parentId=org-hgy');
    // The breadcrumb shows the browsed org's visible ancestors.
    await waitFor(() => {
      expect(screen.getByRole('link', { name: '南明区' })).toBeInTheDocument();
    });
  });
});
