import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paste } from '@/test/input';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { drillHandlers } from '../testing/handlers';
import { planFixture } from '../testing/fixtures';
import { PlansPage } from './PlansPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });
const orgs = [{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }];

describe('emergency plans (desk)', () => {
  it('lists plans with their kind in words and saves an edit with If-Match', async () => {
    const plan = planFixture();
    let ifMatch: string | null = null;
    let body: Record<string, unknown> | undefined;
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers(orgs),
      drillHandlers.plans([plan]),
      drillHandlers.plan(plan),
      http.put(`/api/v1/emergency-plans/${plan.id}`, async ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        body = (await request.json()) as Record<string, unknown>;
        return json({ ...plan, ...body, version: 3 }, { headers: { ETag: '"3"' } });
      }),
    );
    await renderApp(<PlansPage />, { route: '/drills/plans' });
    const row = (await screen.findByText('塔吊倒塌现场处置方案')).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('现场处置方案')).toBeInTheDocument();
    expect(within(row).getByText('起重伤害')).toBeInTheDocument();
    expect(await within(row).findByText('贵州黔城建设工程有限公司')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('ONSITE');

    await userEvent.click(within(row).getByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog');
    const filing = await within(dialog).findByRole('textbox', { name: '备案号' });
    await userEvent.clear(filing);
    await paste(filing, '520102-2026-001');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(ifMatch).toBe('"2"');
    });
    expect(body).toMatchObject({ orgId: 'ent-1', kind: 'ONSITE', title: '塔吊倒塌现场处置方案', filingNo: '520102-2026-001', scenarioTypes: ['起重伤害'], effectiveDate: '2025-03-01' });
  }, 120_000);

  it('registers a new plan of the own enterprise with an Idempotency-Key', async () => {
    let body: Record<string, unknown> | undefined;
    let key: string | null = null;
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers(orgs),
      drillHandlers.plans([]),
      http.post('/api/v1/emergency-plans', async ({ request }) => {
        key = request.headers.get('Idempotency-Key');
        body = (await request.json()) as Record<string, unknown>;
        return json(planFixture({ id: 'plan-2' }), { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    await renderApp(<PlansPage />, { route: '/drills/plans' });
    await userEvent.click(await screen.findByRole('button', { name: '新增预案' }));
    const dialog = await screen.findByRole('dialog');
    await paste(within(dialog).getByRole('textbox', { name: '预案名称' }), '火灾现场处置方案');
    await paste(within(dialog).getByRole('textbox', { name: '版本' }), '2026版');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(body).toMatchObject({ orgId: 'ent-1', kind: 'ONSITE', title: '火灾现场处置方案', planVersion: '2026版' });
    });
    expect(key).toBeTruthy();
  }, 120_000);
});
