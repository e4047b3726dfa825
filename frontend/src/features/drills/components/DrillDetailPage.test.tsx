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
import type { Drill } from '../api/types';
import { drillEventFixture, preparingDrillFixture, timelineEntryFixture } from '../testing/fixtures';
import { drillHandlers } from '../testing/handlers';
import { DrillDetailPage } from './DrillDetailPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });
const orgs = [{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }];

async function renderDrill(drill: Drill) {
  server.use(
    sessionHandlers.me(enterprise),
    ...orgNameHandlers(orgs),
    drillHandlers.drill(drill),
    drillHandlers.history(drill.id, [
      drillEventFixture(),
      drillEventFixture({ seq: 2, action: 'PREPARE', fromState: 'PLANNED', toState: 'PREPARING' }),
      drillEventFixture({ seq: 3, action: 'ATTACH', fromState: 'PREPARING', toState: 'PREPARING', data: { fileKind: 'SUPPORT_PLAN', attachments: ['a'] } }),
    ]),
    drillHandlers.timeline(drill.id, [timelineEntryFixture()]),
  );
  return renderApp(
    <Routes>
      <Route path="/drills/:id" element={<DrillDetailPage />} />
    </Routes>,
    { route: `/drills/${drill.id}` },
  );
}

describe('a drill at the desk', () => {
  it('shows its facts, flags the documents it still needs and offers only the allowed actions, in words', async () => {
    await renderDrill(preparingDrillFixture());
    expect(await screen.findByRole('heading', { name: '消防疏散综合演练' })).toBeInTheDocument();
    expect(screen.getByTestId('drill-status')).toHaveTextContent('准备中');
    expect(screen.getByTestId('missing-documents')).toHaveTextContent('标记准备就绪前还须上传：工作方案、演练脚本');
    const workPlan = screen.getAllByTestId('drill-document').find((row) => row.dataset.kind === 'WORK_PLAN');
    expect(workPlan && within(workPlan).getByTestId('document-missing')).toHaveTextContent('缺少');
    const actions = within(screen.getByTestId('workflow-actions'));
    expect(actions.getAllByRole('button').map((b) => b.textContent.replace(/\s/g, ''))).toEqual(['延期', '取消']);
    expect(screen.getByText('张建国')).toBeInTheDocument();
    expect(screen.getByText('计划 80 人 / 实际 — 人')).toBeInTheDocument();
    expect(await screen.findByText('13:00 发出火情警报')).toBeInTheDocument();
    const history = await screen.findByTestId('drill-history');
    expect(history).toHaveTextContent('开始准备');
    expect(history).toHaveTextContent('文件类型: 保障方案');
    for (const code of ['PREPARING', 'WORK_PLAN', 'POSTPONE', 'INJECT', 'SUPPORT_PLAN']) expect(document.body).not.toHaveTextContent(code);
  }, 120_000);

  it('postpones with the new day and the reason, sending the ETag it read', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    const drill = preparingDrillFixture();
    await renderDrill(drill);
    server.use(
      http.post(`/api/v1/drills/${drill.id}/transitions`, async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json({ ...drill, plannedOn: '2026-12-27', version: 2 }, { headers: { ETag: '"2"' } });
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: '延期' }));
    const dialog = await screen.findByRole('dialog');
    await paste(within(dialog).getByLabelText('原因'), '天气原因');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(sent).toEqual({ body: { action: 'POSTPONE', plannedOn: '2026-12-27', comment: '天气原因' }, ifMatch: '"1"' });
    });
  }, 120_000);

  it('ends a running drill with the headcount and the photos still needed, uploaded first', async () => {
    const running = preparingDrillFixture({
      status: 'IN_PROGRESS',
      allowedActions: ['END', 'TERMINATE', 'LOG', 'ATTACH'],
      missingDocuments: [],
      files: [],
    });
    let body: Record<string, unknown> | undefined;
    let uploads = 0;
    await renderDrill(running);
    server.use(
      http.post('/api/v1/attachments', () => {
        uploads += 1;
        return json({ id: `00000000-0000-4000-8000-00000000000${uploads}`, fileName: 'p.jpg', contentType: 'image/jpeg', size: 4, sha256: 'a'.repeat(64), ownerId: null, ownerType: null, purpose: null, uploadedAt: '2026-12-20T06:00:00Z' }, { status: 201 });
      }),
      http.post(`/api/v1/drills/${running.id}/transitions`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return json({ ...running, status: 'CONDUCTED', version: 2 }, { headers: { ETag: '"2"' } });
      }),
    );
    expect(await screen.findByTestId('drill-log-link')).toHaveAttribute('href', `/drills/${running.id}/log`);
    await userEvent.click(screen.getByRole('button', { name: '结束演练' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('演练结束前须至少有 3 张现场照片，已有 0 张')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('还须补充 3 张现场照片')).toBeInTheDocument();
    const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], name, { type: 'image/jpeg' });
    await userEvent.upload(within(dialog).getByTestId('photo-input'), [photo('a.jpg'), photo('b.jpg'), photo('c.jpg')]);
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(body).toMatchObject({ action: 'END', actualHeadcount: 80 });
    });
    expect(body?.attachmentIds).toHaveLength(3);
  }, 120_000);
});
