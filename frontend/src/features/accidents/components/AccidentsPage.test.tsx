import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { accidentHandlers } from '../testing/handlers';
import { accidentFixture } from '../testing/fixtures';
import { AccidentsPage } from './AccidentsPage';

const orgs = [
  { id: 'org-hgy', name: '花果园街道', code: '520102001' },
  { id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' },
];

describe('accident register (desk)', () => {
  it('lists accidents with names, level and reporting flags in words, and sends the year and level filters', async () => {
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      sessionHandlers.industries(),
      ...orgNameHandlers(orgs),
      accidentHandlers.list([
        accidentFixture(),
        accidentFixture({ id: 'acc-2', code: 'SG-2026-000002', title: '燃气爆炸', level: 'GENERAL', deaths: 0, reportingIssues: ['CONCEALED'], enterpriseId: null }),
      ]),
    );
    const requests = recordRequests();
    await renderApp(<AccidentsPage />, { route: '/accidents?year=2026&level=LARGER' });

    const row = (await screen.findByRole('link', { name: '塔吊倒塌事故' })).closest('tr');
    if (!row) throw new Error('no row');
    for (const text of ['较大事故', '迟报', '花果园街道', '贵州黔城建设工程有限公司', '建筑施工', '125']) {
      expect(await within(row).findByText(text)).toBeInTheDocument();
    }
    expect(screen.getByText('瞒报')).toBeInTheDocument();
    expect(screen.getByText('一般事故')).toBeInTheDocument();
    for (const code of ['LARGER', 'LATE', 'CONCEALED', 'org-hgy', 'CONSTRUCTION']) expect(document.body).not.toHaveTextContent(code);

    const list = requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/v1/accidents');
    expect(list?.searchParams.get('from')).toBe('2026-01-01');
    expect(list?.searchParams.get('to')).toBe('2026-12-31');
    expect(list?.searchParams.get('level')).toBe('LARGER');
    expect(screen.getByRole('button', { name: '登记事故' })).toBeInTheDocument();
  });

  it('offers no entry to a leader, who may read but not record', async () => {
    server.use(sessionHandlers.me(meFixture(['leader'])), sessionHandlers.industries(), ...orgNameHandlers(orgs), accidentHandlers.list([]));
    await renderApp(<AccidentsPage />, { route: '/accidents' });
    expect(await screen.findByText('没有符合条件的事故')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '登记事故' })).not.toBeInTheDocument();
  });

  it('filters by level from the picker', async () => {
    server.use(sessionHandlers.me(meFixture(['safety_office'])), sessionHandlers.industries(), ...orgNameHandlers(orgs), accidentHandlers.list([]));
    const requests = recordRequests();
    await renderApp(<AccidentsPage />, { route: '/accidents' });
    await screen.findByText('没有符合条件的事故');
    await userEvent.click(screen.getByRole('combobox', { name: '事故等级' }));
    await userEvent.click(await screen.findByTitle('重大事故'));
    await vi.waitFor(() => {
      expect(requests.some((r) => new URL(r.url).searchParams.get('level') === 'MAJOR')).toBe(true);
    });
  });
});
