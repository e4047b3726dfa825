import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { paste } from '@/test/input';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { drillEventFixture, planFixture, yearPlanFixture } from '../testing/fixtures';
import { drillHandlers } from '../testing/handlers';
import { YearPlanPage } from './YearPlanPage';
import { YearPlansPage } from './YearPlansPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });
const leader = meFixture(['leader']);
const orgs = [{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }];

function routes() {
  return (
    <Routes>
      <Route path="/drills/year-plans" element={<YearPlansPage />} />
      <Route path="/drills/year-plans/new" element={<YearPlanPage />} />
      <Route path="/drills/year-plans/:id" element={<YearPlanPage />} />
    </Routes>
  );
}

describe('yearly drill plans', () => {
  it('lists the plans of the year by org with their approval status in words', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers(orgs),
      http.get('/api/v1/drill-year-plans', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return json({ items: [yearPlanFixture({ status: 'SUBMITTED' })], nextCursor: null });
      }),
    );
    await renderApp(routes(), { route: '/drills/year-plans?year=2027' });
    const row = (await screen.findByRole('link', { name: '2027年度应急演练计划' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('已提交')).toBeInTheDocument();
    expect(await within(row).findByText('贵州黔城建设工程有限公司')).toBeInTheDocument();
    expect(within(row).getByText('1 项')).toBeInTheDocument();
    expect(asked?.get('year')).toBe('2027');
    expect(document.body).not.toHaveTextContent('SUBMITTED');
  }, 120_000);

  it('drafts a plan with a drill item and saves it with an Idempotency-Key', async () => {
    let sent: { body: unknown; key: string | null } | undefined;
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers(orgs),
      drillHandlers.plans([planFixture()]),
      http.post('/api/v1/drill-year-plans', async ({ request }) => {
        sent = { body: await request.json(), key: request.headers.get('Idempotency-Key') };
        return json(yearPlanFixture(), { status: 201, headers: { ETag: '"1"' } });
      }),
      drillHandlers.yearPlan(yearPlanFixture()),
      drillHandlers.yearPlanHistory('yp-1', [drillEventFixture({ action: 'CREATE', toState: 'DRAFT' })]),
    );
    await renderApp(routes(), { route: '/drills/year-plans/new?year=2027' });
    expect(await screen.findByDisplayValue('2027年度应急演练计划')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /添加演练项/ }));
    const item = await screen.findByTestId('year-plan-item');
    await paste(within(item).getByRole('textbox', { name: '演练名称' }), '塔吊倒塌现场处置演练');
    await userEvent.click(screen.getByRole('button', { name: /^保\s?存$/ }));
    await waitFor(() => {
      expect(sent?.body).toEqual({
        orgId: 'ent-1',
        year: 2027,
        title: '2027年度应急演练计划',
        items: [{ title: '塔吊倒塌现场处置演练', month: 1, form: 'LIVE', scope: 'SINGLE', purpose: null, planIds: [], mustShowSteps: null }],
      });
    });
    expect(sent?.key).toBeTruthy();
    expect(await screen.findByTestId('year-plan-history')).toHaveTextContent('起草');
  }, 120_000);

  it('lets someone other than the submitter send the plan back, with the reason', async () => {
    let sent: unknown;
    const submitted = yearPlanFixture({ status: 'SUBMITTED', allowedActions: ['APPROVE', 'REJECT'] });
    let current = submitted;
    server.use(
      sessionHandlers.me(leader),
      ...orgNameHandlers(orgs),
      http.get('/api/v1/drill-year-plans/yp-1', () => json(current, { headers: { ETag: `"${current.version}"` } })),
      drillHandlers.yearPlanHistory('yp-1', [drillEventFixture({ action: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', data: { items: 1 } })]),
      http.post('/api/v1/drill-year-plans/yp-1/transitions', async ({ request }) => {
        sent = await request.json();
        current = { ...submitted, status: 'DRAFT', allowedActions: [], version: 2 };
        return json(current, { headers: { ETag: '"2"' } });
      }),
    );
    await renderApp(routes(), { route: '/drills/year-plans/yp-1' });
    expect(await screen.findByTestId('year-plan-history')).toHaveTextContent('计划演练项数: 1');
    expect(screen.getByText('5月')).toBeInTheDocument();
    expect(screen.getByText('警报、疏散、清点人数')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^退\s?回$/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    await paste(within(dialog).getByLabelText('原因'), '缺少现场处置方案演练');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(sent).toEqual({ action: 'REJECT', comment: '缺少现场处置方案演练' });
    });
    await waitFor(() => {
      expect(screen.getByTestId('year-plan-status')).toHaveTextContent('草稿');
    });
  }, 120_000);
});
