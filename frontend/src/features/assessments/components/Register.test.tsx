import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentFixture, assessmentHandlers } from '../testing/fixtures';
import { captureDownloads } from '@/test/downloads';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { accountabilityStatuses, type AccountabilityStatus } from '../api/accountability-types';
import { actionFixture, actionId, eventFixture, failedAssessmentId, flagFixture } from '../testing/accountability';
import { accountabilityHandlers } from '../testing/accountability';
import { ActionDetailPage } from './ActionDetailPage';
import { RegisterPage } from './RegisterPage';

const office = meFixture(['safety_office']);
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function routes() {
  return (
    <Routes>
      <Route path="/accountability" element={<RegisterPage />} />
      <Route path="/accountability/:id" element={<ActionDetailPage />} />
    </Routes>
  );
}

describe('accountability register (desk)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('offline, a filter never loaded before says there is no saved copy instead of spinning', async () => {
    server.use(sessionHandlers.me(office), accountabilityHandlers.list([actionFixture()]));
    await renderApp(routes(), { route: '/accountability' });
    expect(await screen.findAllByTestId('register-row')).toHaveLength(1);
    onlineManager.setOnline(false);
    try {
      await userEvent.click(screen.getByRole('combobox', { name: '事项类型' }));
      await userEvent.click(await screen.findByTitle('约谈'));
      expect(await screen.findByTestId('offline-empty')).toHaveTextContent('离线：本机没有这页的缓存数据，联网后再打开。');
      expect(document.querySelector('.ant-spin-spinning')).toBeNull();
    } finally {
      onlineManager.setOnline(true);
    }
    expect(await screen.findAllByTestId('register-row')).toHaveLength(1);
  });

  it('lists actions in every state with kind, addressee, due day and state, and sends the filters to the API', async () => {
    const items = accountabilityStatuses.map((status, i) =>
      actionFixture({ id: `a-${status}`, code: `ZR20260000${String(i)}`, title: `事项${String(i + 1)}`, status, overdue: status === 'ISSUED' }),
    );
    const requests = recordRequests();
    server.use(sessionHandlers.me(office), accountabilityHandlers.list(items));
    await renderApp(routes(), { route: '/accountability?type=INTERVIEW&year=2026&status=ISSUED' });

    const rows = await screen.findAllByTestId('register-row');
    expect(rows.map((r) => r.dataset.status)).toEqual([...accountabilityStatuses]);
    const labels: Record<AccountabilityStatus, string> = {
      PROPOSED: '拟提出',
      ISSUED: '已下达',
      RESPONDED: '已答复',
      CLOSED: '已办结',
      ESCALATED: '已升级',
      WITHDRAWN: '已撤回',
    };
    rows.forEach((row, i) => {
      const status = accountabilityStatuses[i] as AccountabilityStatus;
      expect(within(row).getByTestId('action-status')).toHaveTextContent(labels[status]);
    });
    expect(within(rows[1] as HTMLElement).getByTestId('action-overdue')).toHaveTextContent('已逾期');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: '事项1' })).toHaveAttribute('href', '/accountability/a-PROPOSED');
    expect(document.body).not.toHaveTextContent('RESPONDED');

    const asked = requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/v1/accountability-actions');
    expect(Object.fromEntries(asked?.searchParams ?? [])).toEqual({ limit: '50', type: 'INTERVIEW', status: 'ISSUED', year: '2026' });
  });

  it('downloads register.xlsx with the filters in force', async () => {
    let asked: URL | undefined;
    server.use(
      sessionHandlers.me(office),
      accountabilityHandlers.list([]),
      http.get('/api/v1/accountability-actions/register.xlsx', ({ request }) => {
        asked = new URL(request.url);
        return new HttpResponse(new Uint8Array([1, 2]), { headers: { 'Content-Type': xlsx } });
      }),
    );
    const downloads = captureDownloads();
    await renderApp(routes(), { route: '/accountability?type=RECTIFICATION_PLAN&year=2025' });
    expect(await screen.findByText('没有符合条件的问责事项')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('download-register'));
    await waitFor(() => {
      expect(downloads.map((d) => d.name)).toEqual(['问责事项台账.xlsx']);
    });
    expect(Object.fromEntries(asked?.searchParams ?? [])).toEqual({ type: 'RECTIFICATION_PLAN', year: '2025' });
  });

  it('shows the leaders’ bars with their period on their tab', async () => {
    server.use(
      sessionHandlers.me(office),
      accountabilityHandlers.list([]),
      accountabilityHandlers.flags([flagFixture(), flagFixture({ id: 'flag-2', kind: 'AWARD_BAR', active: false, from: '2024-01-01', to: '2024-12-31' })]),
    );
    await renderApp(routes(), { route: '/accountability' });
    await userEvent.click(await screen.findByRole('tab', { name: '影响期限制' }));
    const flags = await screen.findAllByTestId('person-flag');
    expect(flags).toHaveLength(2);
    expect(flags[0]).toHaveTextContent('林晓');
    expect(flags[0]).toHaveTextContent('2026-12-01 至 2027-11-30');
    expect(flags[0]).toHaveTextContent('限制中');
    expect(flags[1]).toHaveTextContent('已失效');
  });

  it('shows one action with its lineage to the scheme and assessment, due day, documents and history', async () => {
    const a = actionFixture({
      documents: [
        { id: 'att-1', fileName: '约谈通知.pdf', contentType: 'application/pdf', size: 4, sha256: 'a'.repeat(64), ownerId: actionId, ownerType: 'accountability-action', purpose: 'DOCUMENT', uploadedAt: '2026-12-01T02:00:00Z' },
      ],
      personFlags: [flagFixture()],
    });
    server.use(
      sessionHandlers.me(office),
      accountabilityHandlers.detail(a),
      accountabilityHandlers.history(actionId, [
        eventFixture(),
        eventFixture({ seq: 2, actor: '张安全', action: 'ISSUE', fromState: 'PROPOSED', toState: 'ISSUED', data: { dueOn: '2026-12-20' } }),
      ]),
      assessmentHandlers.assessment(assessmentFixture({ id: failedAssessmentId })),
    );
    await renderApp(routes(), { route: `/accountability/${actionId}` });
    expect(await screen.findByRole('heading', { name: '约谈花果园街道主要负责人' })).toBeInTheDocument();
    expect(screen.getByTestId('action-due')).toHaveTextContent('2026-12-20');
    const fact = screen.getByTestId('action-fact');
    expect(within(fact).getByRole('link', { name: '2026年度考核：合格，第5名' })).toHaveAttribute('href', `/assessments/${failedAssessmentId}`);
    expect(await within(fact).findByTestId('fact-scheme')).toHaveAttribute('href', expect.stringMatching(/^\/assessments\/schemes\//));
    expect(screen.getByText('考核方案规则 TWICE_PASS')).toBeInTheDocument();
    expect(screen.getByTestId('action-documents')).toHaveTextContent('约谈通知.pdf');
    expect(screen.getByTestId('person-flag')).toHaveTextContent('限制中');
    const history = await screen.findByTestId('action-history');
    expect(history).toHaveTextContent('提出');
    expect(history).toHaveTextContent('下达');
    expect(history).toHaveTextContent('2026-12-20');
    // no step is offered when the server allows none
    expect(screen.queryByTestId('workflow-actions')).not.toBeInTheDocument();
  });

  it('names the system rule that proposed an action in words, not its code', async () => {
    server.use(
      sessionHandlers.me(office),
      accountabilityHandlers.detail(actionFixture({ triggerRule: 'A15_RECTIFICATION', type: 'RECTIFICATION_PLAN' })),
      accountabilityHandlers.history(actionId, [eventFixture({ data: { rule: 'A15_RECTIFICATION' } })]),
      assessmentHandlers.assessment(assessmentFixture({ id: failedAssessmentId })),
    );
    await renderApp(routes(), { route: `/accountability/${actionId}` });
    expect(await screen.findByTestId('action-history')).toHaveTextContent('考核不合格，通报后一个月内提出整改措施');
    expect(screen.getByText('考核不合格，通报后一个月内提出整改措施')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('A15_RECTIFICATION');
  });

  it('offers exactly the allowed steps through the shared dialog and sends the answer', async () => {
    const issued = actionFixture({ allowedActions: ['RESPOND'] });
    let sent: unknown;
    server.use(
      sessionHandlers.me(meFixture(['leader'])),
      accountabilityHandlers.detail(issued),
      accountabilityHandlers.history(actionId, [eventFixture()]),
      assessmentHandlers.assessment(assessmentFixture({ id: failedAssessmentId })),
      http.post(`/api/v1/accountability-actions/${actionId}/transitions`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(actionFixture({ status: 'RESPONDED', version: 3 }), { headers: { ETag: '"3"' } });
      }),
    );
    await renderApp(routes(), { route: `/accountability/${actionId}` });
    const bar = await screen.findByTestId('workflow-actions');
    expect(within(bar).getAllByRole('button').map((b) => b.textContent)).toEqual(['答复']);
    await userEvent.click(within(bar).getByRole('button', { name: '答复' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('答复'), '已召开专题会议，制定整改措施8条');
    await userEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => {
      expect(sent).toEqual({ action: 'RESPOND', response: '已召开专题会议，制定整改措施8条' });
    });
  });
});
