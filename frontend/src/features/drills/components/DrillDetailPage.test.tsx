import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, type RequestHandler } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { drillActionValues } from '@/api/enums';
import zhLabels from '@/i18n/labels/zh-CN.json';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { paste } from '@/test/input';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import type { Drill } from '../api/types';
import { drillActionsElsewhere, drillBarActions } from '../api/types';
import { drillEventFixture, drillFixture, evaluationFixture, evaluationTemplateFixture, preparingDrillFixture, timelineEntryFixture } from '../testing/fixtures';
import { drillHandlers } from '../testing/handlers';
import { DrillDetailPage } from './DrillDetailPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });
const orgs = [{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }];

async function renderDrill(drill: Drill, ...extra: RequestHandler[]) {
  server.use(
    ...extra,
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

/** A held drill's evaluation (sealed) and findings (none), as the evaluated drill's cards ask for them. */
function held(drillId: string): RequestHandler[] {
  const template = evaluationTemplateFixture();
  return [
    drillHandlers.evaluation(drillId, evaluationFixture({ drillId, submitted: true, missing: [] })),
    drillHandlers.evaluationTemplate(template),
    drillHandlers.findings(drillId, []),
  ];
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

  it('has a place for every action the server can allow, each with its Chinese label', () => {
    const placed = [...drillBarActions, ...drillActionsElsewhere];
    expect([...placed].sort()).toEqual([...drillActionValues].sort());
    const labels = (zhLabels as { enum: { DrillAction: Record<string, string> } }).enum.DrillAction;
    for (const action of drillBarActions) expect(labels[action]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('closes an evaluated drill and reports it to the regulator from the action bar', async () => {
    const sent: unknown[] = [];
    const evaluated = drillFixture({ status: 'EVALUATED', allowedActions: ['ATTACH', 'CLOSE', 'REPORT_TO_REGULATOR'], evaluationEntered: true });
    await renderDrill(evaluated, ...held(evaluated.id));
    server.use(
      http.post(`/api/v1/drills/${evaluated.id}/transitions`, async ({ request }) => {
        sent.push(await request.json());
        return json({ ...evaluated, status: 'CLOSED', allowedActions: [], version: 2 }, { headers: { ETag: '"2"' } });
      }),
    );
    const actions = within(await screen.findByTestId('workflow-actions'));
    expect(actions.getAllByRole('button').map((b) => b.textContent.replace(/\s/g, ''))).toEqual(['结案归档', '报送监管部门']);
    await userEvent.click(actions.getByRole('button', { name: '报送监管部门' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(sent).toEqual([{ action: 'REPORT_TO_REGULATOR' }]);
    });
  }, 120_000);

  it('reopens a closed drill only with the reason', async () => {
    let sent: unknown;
    const closed = drillFixture({ status: 'CLOSED', allowedActions: ['REOPEN'], evaluationEntered: true });
    await renderDrill(closed, ...held(closed.id));
    server.use(
      http.post(`/api/v1/drills/${closed.id}/transitions`, async ({ request }) => {
        sent = await request.json();
        return json({ ...closed, status: 'EVALUATED', allowedActions: ['CLOSE'], version: 2 }, { headers: { ETag: '"2"' } });
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: '重新打开' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(sent).toBeUndefined();
    await paste(within(dialog).getByLabelText('原因'), '抽查发现评估记录有误');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(sent).toEqual({ action: 'REOPEN', comment: '抽查发现评估记录有误' });
    });
  }, 120_000);
});
