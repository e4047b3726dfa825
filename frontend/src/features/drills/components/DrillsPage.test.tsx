import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paste } from '@/test/input';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { drillHandlers } from '../testing/handlers';
import { drillFixture, planFixture } from '../testing/fixtures';
import { DrillsPage } from './DrillsPage';
import { RecordDrillPage } from './RecordDrillPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });
const orgs = [{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }];

describe('drills (desk)', () => {
  it('lists drills with form, scope, outcome and plans in words', async () => {
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers(orgs),
      drillHandlers.drills([drillFixture(), drillFixture({ id: 'd2', title: '消防桌面推演', form: 'TABLETOP', status: 'TERMINATED', terminationReason: 'REAL_EMERGENCY', plans: [], countsFor: [] })]),
    );
    await renderApp(<DrillsPage />, { route: '/drills' });
    const row = (await screen.findByText('塔吊倒塌现场处置演练')).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('实战演练 · 单项演练')).toBeInTheDocument();
    expect(within(row).getByText('已实施')).toBeInTheDocument();
    expect(within(row).getByText('塔吊倒塌现场处置方案（现场处置方案）')).toBeInTheDocument();
    expect(within(row).getByText('计入 1 项演练义务')).toBeInTheDocument();
    expect(screen.getByText('发生真实突发事件')).toBeInTheDocument();
    expect(screen.getByText('未计入演练义务')).toBeInTheDocument();
    for (const code of ['LIVE', 'TERMINATED', 'ENT_ONSITE', 'REAL_EMERGENCY']) expect(document.body).not.toHaveTextContent(code);
  }, 120_000);

  it("records a conducted drill exercising the enterprise's plan", async () => {
    let body: Record<string, unknown> | undefined;
    const uploads: string[] = [];
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers(orgs),
      drillHandlers.plans([planFixture()]),
      drillHandlers.drills([]),
      http.post('/api/v1/drills', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return json(drillFixture(), { status: 201, headers: { ETag: '"1"' } });
      }),
      http.post('/api/v1/attachments', ({ request }) => {
        uploads.push(request.headers.get('Idempotency-Key') ?? '');
        return json({ id: `att-${uploads.length}`, fileName: 'site.jpg', contentType: 'image/jpeg', size: 4 }, { status: 201 });
      }),
    );
    await renderApp(
      <Routes>
        <Route path="/drills/new" element={<RecordDrillPage />} />
        <Route path="/drills" element={<p>drill list</p>} />
      </Routes>,
      { route: '/drills/new' },
    );
    await paste(await screen.findByRole('textbox', { name: '演练名称' }), '塔吊倒塌现场处置演练');
    await userEvent.click(screen.getByRole('combobox', { name: '所演练预案' }));
    await userEvent.click(await screen.findByTitle('塔吊倒塌现场处置方案（现场处置方案）'));
    // without the headcount and 3 photos nothing is sent (§3.4 record_past evidence)
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('请上传至少3张现场照片')).toBeInTheDocument();
    expect(body).toBeUndefined();
    await paste(screen.getByRole('spinbutton', { name: '参演人数' }), '42');
    const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], name, { type: 'image/jpeg' });
    await userEvent.upload(screen.getByLabelText('现场照片'), [photo('a.jpg'), photo('b.jpg'), photo('c.jpg')]);
    await userEvent.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findByText('drill list')).toBeInTheDocument();
    await waitFor(() => {
      expect(body).toMatchObject({ orgId: 'ent-1', title: '塔吊倒塌现场处置演练', form: 'LIVE', scope: 'SINGLE', status: 'CONDUCTED', planIds: ['plan-1'], actualHeadcount: 42 });
    });
    expect(body?.attachmentIds).toEqual(['att-1', 'att-2', 'att-3']);
    expect(new Set(uploads).size).toBe(3);
    expect(body).not.toHaveProperty('terminationReason');
  }, 120_000);
});
