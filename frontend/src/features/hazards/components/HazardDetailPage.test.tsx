import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem, stubApi } from '@/test/api-stub';
import { captureDownloads } from '@/test/downloads';
import { hazardFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import type { Hazard } from '../api/types';
import { hazardHandlers } from '../testing/handlers';
import { HazardDetailPage } from './HazardDetailPage';

async function renderTicket(hazard: Hazard, extra: Record<string, Parameters<typeof stubApi>[0][string]> = {}) {
  server.use(
    hazardHandlers.detail(hazard),
    hazardHandlers.history(hazard.id, [
      { seq: 1, at: '2026-03-01T02:00:00Z', actorName: '王巡查', actorOrgCode: '520102001001-G01', action: 'REPORT', fromState: null, toState: 'REPORTED', comment: null, data: { level: 'GENERAL' } },
    ]),
    sessionHandlers.industries(),
  );
  const api = stubApi(extra);
  await renderApp(
    <Routes>
      <Route path="/hazards/:id" element={<HazardDetailPage />} />
    </Routes>,
    { route: '/hazards/hz-1' },
  );
  return api;
}

async function actionButtons() {
  const group = await screen.findByRole('group', { name: '可执行操作' }, { timeout: 5000 });
  return within(group).getAllByRole('button').map((b) => b.textContent);
}

describe('hazard ticket page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the dossier as <code>.pdf with the bearer token', async () => {
    const saved = captureDownloads();
    const api = await renderTicket(hazardFixture({ allowedActions: [] }), {
      'GET /api/v1/hazards/hz-1/dossier.pdf': () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: /导出档案 PDF/ }));
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(saved[0]?.name).toBe('YH-2026-000001.pdf');
    expect(await saved[0]?.blob.text()).toBe('%PDF-1.7');
    const request = api.requests.find((r) => r.url.endsWith('/dossier.pdf'));
    expect(request?.headers.get('Accept')).toBe('application/pdf');
    expect(request?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(request?.headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('shows the problem when the dossier cannot be made', async () => {
    const saved = captureDownloads();
    await renderTicket(hazardFixture({ allowedActions: [] }), {
      'GET /api/v1/hazards/hz-1/dossier.pdf': () => problem(500, { title: '服务器内部错误' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: /导出档案 PDF/ }));
    expect(await screen.findByText('服务器内部错误')).toBeInTheDocument();
    expect(saved).toHaveLength(0);
  });

  it('shows exactly the actions the server allows, in workflow order', async () => {
    await renderTicket(hazardFixture({ allowedActions: ['REJECT', 'FIX_ON_SPOT', 'CONFIRM'] }));
    expect(await actionButtons()).toEqual(['确认', '随查随治', '退回']);
    expect(await screen.findByText('上报')).toBeInTheDocument();
  });

  it('labels the history in Chinese and shows event data as readable text', async () => {
    const event = (seq: number, action: string, data: Record<string, unknown> | null, toState = 'RECTIFYING') => ({
      seq, at: '2026-03-01T02:00:00Z', actorName: '王巡查', actorOrgCode: 'X', action, fromState: 'CONFIRMED', toState, comment: null, data,
    });
    await renderTicket(hazardFixture({ allowedActions: [] }), {
      'GET /api/v1/hazards/hz-1/history': () =>
        json({
          items: [
            event(1, 'REPORT', { level: 'MAJOR', source: 'INSPECTION', bulk: true, attachments: ['a-1', 'a-2'] }, 'REPORTED'),
            event(2, 'REJECT', { rejectionReason: 'DUPLICATE', duplicateOf: 'YH-2026-000009' }, 'REJECTED'),
            event(3, 'APPROVE_EXTENSION', { previousDeadline: '2026-04-01', deadline: '2026-05-01' }),
            event(4, 'LIST_FOR_SUPERVISION', { level: 'CITY', documentNumber: '安委办督〔2026〕3号' }),
            event(5, 'ACCEPT', { acceptorKind: 'THIRD_PARTY', acceptorName: '某检测公司' }, 'CLOSED'),
            event(6, 'VERIFY_EFFECTIVENESS', { effective: false }, 'CLOSED'),
            event(7, 'ESCALATE', { escalatedTo: '520102001', escalatedToName: '花果园街道', extra: 1 }),
            event(8, 'MOVE', { fromScope: '/abc/def/' }),
            event(9, 'SET_FIVE_MUSTS', { complete: true }, 'CONFIRMED'),
          ],
        }),
    });
    const history = await screen.findByTestId('hazard-history');
    for (const label of ['上报', '退回', '批准延期', '挂牌督办', '验收通过', '评估成效', '逾期提级', '属地变更']) {
      expect(within(history).getByText(label)).toBeInTheDocument();
    }
    const data = within(history).getAllByTestId('workflow-event-data').map((n) => n.textContent);
    expect(data).toEqual([
      '等级: 重大 · 来源: 监督检查 · 附件: 2 个',
      '退回原因: 重复上报 · 重复于: YH-2026-000009',
      '整改期限: 2026-05-01 · 原期限: 2026-04-01',
      '等级: 市级 · 督办文号: 安委办督〔2026〕3号',
      '验收方: 第三方机构 · 验收单位/人员: 某检测公司',
      '整改成效: 无效',
      '提级至: 花果园街道 · extra: 1',
      '五落实齐全: 是',
    ]);
    expect(history.textContent).not.toContain('{');
  });

  it('shows no action bar when the caller may do nothing', async () => {
    await renderTicket(hazardFixture({ allowedActions: [] }));
    expect(await screen.findByText('配电箱未接地')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '可执行操作' })).not.toBeInTheDocument();
    // Never escalated: no empty "已上报至: —" row.
    expect(screen.queryByText('已上报至')).not.toBeInTheDocument();
  });

  it('confirms with a deadline and If-Match, then shows the new state', async () => {
    const confirmed = hazardFixture({ state: 'CONFIRMED', deadline: '2099-12-31', allowedActions: ['START_RECTIFICATION'] });
    const api = await renderTicket(hazardFixture({ allowedActions: ['CONFIRM'], deadline: '2099-12-31' }), {
      'POST /api/v1/hazards/hz-1/transitions': () => json(confirmed, { headers: { ETag: '"2"' } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: '确认' }));
    const dialog = await screen.findByRole('dialog');
    // Named by the action and the ticket, not just "确认".
    expect(within(dialog).getByText('确认：配电箱未接地')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('责任人'), '李工');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));

    await waitFor(() => {
      expect(screen.getByTestId('hazard-state')).toHaveTextContent('已确认');
    });
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"1"');
    expect(await post?.json()).toEqual({ action: 'CONFIRM', deadline: '2099-12-31', responsiblePerson: '李工' });
  });

  it('on 409 lists the actions that are possible now', async () => {
    await renderTicket(hazardFixture({ allowedActions: ['CONFIRM'], deadline: '2099-12-31' }), {
      'POST /api/v1/hazards/hz-1/transitions': () =>
        problem(409, { title: 'Action not allowed now', detail: 'CONFIRM is not possible for a GENERAL hazard in state CONFIRMED', allowedActions: ['START_RECTIFICATION', 'REQUEST_EXTENSION'] }),
    });
    await userEvent.click(await screen.findByRole('button', { name: '确认' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '提交' }));
    const alert = await screen.findByText('该操作当前不可执行');
    expect(alert).toBeInTheDocument();
    expect(within(screen.getByTestId('allowed-now')).getAllByText(/./).map((n) => n.textContent)).toEqual(['开始整改', '申请延期']);
  });

  it('on 412 offers to reload the ticket', async () => {
    await renderTicket(hazardFixture({ allowedActions: ['SEND_BACK'], state: 'PENDING_ACCEPTANCE' }), {
      'POST /api/v1/hazards/hz-1/transitions': () => problem(412, { title: 'Precondition Failed' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: '验收不通过' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('退回原因（仍存在的问题）'), '仍未接地');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('该记录已被他人更新')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });

  it('puts server field errors beside their fields', async () => {
    await renderTicket(hazardFixture({ allowedActions: ['REQUEST_EXTENSION'], state: 'RECTIFYING', deadline: '2099-01-01' }), {
      'POST /api/v1/hazards/hz-1/transitions': () =>
        problem(400, { title: '参数校验失败', errors: [{ field: 'requestedDeadline', message: 'must be later than the current deadline' }, { field: 'other', message: '整体错误' }] }),
    });
    await userEvent.click(await screen.findByRole('button', { name: '申请延期' }));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByLabelText('申请延期至');
    await userEvent.click(date);
    await userEvent.type(date, '2099-06-30{enter}');
    await userEvent.type(within(dialog).getByLabelText('延期理由'), '材料未到');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('must be later than the current deadline')).toBeInTheDocument();
    expect(within(screen.getByTestId('problem-field-errors')).getByText(/整体错误/)).toBeInTheDocument();
  });

  it('validates the five musts before sending anything', async () => {
    const api = await renderTicket(hazardFixture({ level: 'MAJOR', state: 'CONFIRMED', allowedActions: ['SET_FIVE_MUSTS', 'START_RECTIFICATION'], fiveMusts: { measures: null, funds: null, deadline: null, responsiblePerson: null, emergencyPlan: null, complete: false } }));
    expect(await screen.findByText('未落实完整')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: '落实五落实' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(within(dialog).getAllByText('必填')).toHaveLength(5);
    });
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});
