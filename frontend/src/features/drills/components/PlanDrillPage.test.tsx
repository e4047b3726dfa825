import { screen, waitFor } from '@testing-library/react';
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
import { planFixture, preparingDrillFixture } from '../testing/fixtures';
import { drillHandlers } from '../testing/handlers';
import { PlanDrillPage } from './PlanDrillPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });

describe('planning a drill', () => {
  it('plans it for a day ahead with its people and what decides the documents it needs, then opens it', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers([{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }]),
      drillHandlers.plans([planFixture()]),
      drillHandlers.yearPlans([]),
      http.post('/api/v1/drills', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return json(preparingDrillFixture({ status: 'PLANNED' }), { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    await renderApp(
      <Routes>
        <Route path="/drills/plan" element={<PlanDrillPage />} />
        <Route path="/drills/:id" element={<p>drill page</p>} />
      </Routes>,
      { route: '/drills/plan' },
    );
    await paste(await screen.findByRole('textbox', { name: '演练名称' }), '消防疏散综合演练');
    await paste(screen.getByRole('textbox', { name: '总指挥' }), '张建国');
    await userEvent.click(screen.getByLabelText('综合演练'));
    await userEvent.click(screen.getByLabelText('开展演练评估（须评估方案）'));
    await userEvent.click(screen.getByRole('button', { name: /^计\s?划$/ }));
    expect(await screen.findByText('drill page')).toBeInTheDocument();
    await waitFor(() => {
      expect(body).toMatchObject({
        orgId: 'ent-1',
        title: '消防疏散综合演练',
        form: 'LIVE',
        scope: 'COMPREHENSIVE',
        evaluationPlanned: false,
        highRisk: false,
        affectsPublic: false,
        roles: { commander: { name: '张建国' }, planner: null, evaluators: [], delegates: [] },
      });
    });
    expect(body?.plannedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body).not.toHaveProperty('status');
  }, 120_000);
});
