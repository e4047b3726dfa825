import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { captureDownloads } from '@/test/downloads';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { json, problem } from '@/test/http';
import { paste } from '@/test/input';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import type { DrillFinding } from '../api/types';
import { drillFixture, evaluationFixture, evaluationTemplateFixture, findingFixture } from '../testing/fixtures';
import { drillHandlers } from '../testing/handlers';
import { DrillDetailPage } from './DrillDetailPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });
const evaluated = drillFixture({ status: 'EVALUATED', allowedActions: ['ATTACH'] });

async function renderFindings(findings: DrillFinding[]) {
  server.use(
    sessionHandlers.me(enterprise),
    ...orgNameHandlers([{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }]),
    drillHandlers.drill(evaluated),
    drillHandlers.history(evaluated.id, []),
    drillHandlers.timeline(evaluated.id, []),
    drillHandlers.evaluation(evaluated.id, evaluationFixture({ submitted: true, signedBy: '王敏', signedAt: '2026-06-12T02:00:00Z', missing: [] })),
    drillHandlers.evaluationTemplate(evaluationTemplateFixture()),
    drillHandlers.findings(evaluated.id, findings),
  );
  await renderApp(
    <Routes>
      <Route path="/drills/:id" element={<DrillDetailPage />} />
      <Route path="/hazards/:id" element={<p>hazard page</p>} />
    </Routes>,
    { route: `/drills/${evaluated.id}` },
  );
  return screen.findByTestId('drill-findings-card');
}

describe('the findings of a drill', () => {
  it('lists each finding in words with its action, owner and deadline, and links a converted one to its hazard ticket', async () => {
    const card = await renderFindings([
      findingFixture(),
      findingFixture({
        id: 'f-2',
        number: 2,
        category: 'PLAN',
        severity: 'MAJOR',
        status: 'CONVERTED',
        allowedActions: [],
        hazardTicket: { id: 'hz-9', code: 'HZ-2026-000123', state: 'CONFIRMED', closed: false, deadline: '2026-07-15' },
      }),
    ]);
    const rows = await within(card).findAllByTestId('drill-finding');
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    if (!first || !second) throw new Error('two findings expected');
    expect(first).toHaveTextContent('问题1');
    expect(first).toHaveTextContent('应急保障');
    expect(first).toHaveTextContent('一般问题');
    expect(first).toHaveTextContent('待整改');
    expect(first).toHaveTextContent('隐患整改');
    expect(first).toHaveTextContent('贵州黔城建设工程有限公司 · 李工');
    expect(first).toHaveTextContent('2026-07-10');
    expect(within(first).getAllByRole('button').map((b) => b.textContent.replace(/\s/g, ''))).toEqual(['开始整改', '转为隐患']);
    expect(second).toHaveTextContent('重大问题');
    expect(second).toHaveTextContent('已转隐患');
    expect(within(second).getByTestId('finding-hazard')).toHaveAttribute('href', '/hazards/hz-9');
    expect(within(second).getByTestId('finding-hazard')).toHaveTextContent('隐患 HZ-2026-000123（已确认） · 整改期限 2026-07-15');
    expect(within(card).getByTestId('evaluation-report')).toHaveTextContent('下载演练评估报告');
    expect(within(card).getByTestId('summary-report')).toHaveTextContent('下载演练总结报告');
    for (const code of ['RESOURCES', 'GENERAL', 'OPEN', 'HAZARD_TICKET', 'CONVERTED', 'CONFIRMED']) expect(card).not.toHaveTextContent(code);
  }, 120_000);

  it('offers the summary report once the drill was held, before any evaluation, and saves it under the drill’s title', async () => {
    const held = drillFixture({ id: 'drill-2', status: 'CONDUCTED', evaluationEntered: false, allowedActions: [] });
    const asked: string[] = [];
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers([{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }]),
      drillHandlers.drill(held),
      drillHandlers.history(held.id, []),
      drillHandlers.timeline(held.id, []),
      http.get(`/api/v1/drills/${held.id}/summary-report.pdf`, ({ request }) => {
        asked.push(request.headers.get('Accept') ?? '');
        return new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const downloads = captureDownloads();
    await renderApp(
      <Routes>
        <Route path="/drills/:id" element={<DrillDetailPage />} />
      </Routes>,
      { route: `/drills/${held.id}` },
    );
    const card = await screen.findByTestId('drill-findings-card');
    expect(within(card).queryByTestId('evaluation-report')).not.toBeInTheDocument();
    await userEvent.click(await within(card).findByTestId('summary-report'));
    await waitFor(() => {
      expect(downloads).toHaveLength(1);
    });
    expect(downloads[0]?.name).toBe(`演练总结报告-${held.title}.pdf`);
    expect(asked).toHaveLength(1);
  }, 120_000);

  it('offers no summary report before the drill is held', async () => {
    const ready = drillFixture({ id: 'drill-3', status: 'READY', conductedOn: null, evaluationEntered: false, allowedActions: [] });
    server.use(
      sessionHandlers.me(enterprise),
      ...orgNameHandlers([{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }]),
      drillHandlers.drill(ready),
      drillHandlers.history(ready.id, []),
      drillHandlers.timeline(ready.id, []),
    );
    await renderApp(
      <Routes>
        <Route path="/drills/:id" element={<DrillDetailPage />} />
      </Routes>,
      { route: `/drills/${ready.id}` },
    );
    await screen.findByTestId('drill-facts');
    expect(screen.queryByTestId('summary-report')).not.toBeInTheDocument();
  }, 120_000);

  it('converts a finding into a hazard ticket with the level and category, sending the finding’s version', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    const finding = findingFixture();
    const card = await renderFindings([finding]);
    server.use(
      http.post(`/api/v1/drill-findings/${finding.id}/transitions`, async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        const converted = {
          ...finding,
          status: 'CONVERTED',
          allowedActions: [],
          version: 2,
          hazardTicket: { id: 'hz-1', code: 'HZ-2026-000200', state: 'REPORTED', closed: false, deadline: null },
        };
        server.use(drillHandlers.findings(evaluated.id, [converted as DrillFinding]));
        return json(converted, { headers: { ETag: '"2"' } });
      }),
    );
    await userEvent.click(await within(card).findByRole('button', { name: '转为隐患' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByText('重大'));
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(sent?.body).toMatchObject({ action: 'CONVERT', hazardLevel: 'MAJOR', hazardCategory: 'MANAGEMENT' });
    });
    expect(sent?.ifMatch).toBe('"1"');
    expect(await within(card).findByTestId('finding-hazard')).toHaveTextContent('隐患 HZ-2026-000200（待确认）');
    await userEvent.click(within(card).getByTestId('finding-hazard'));
    expect(await screen.findByText('hazard page')).toBeInTheDocument();
  }, 120_000);

  it('records a finding with its corrective action and shows the server’s field problems beside the fields', async () => {
    const bodies: unknown[] = [];
    const keys: (string | null)[] = [];
    const card = await renderFindings([]);
    server.use(
      http.post(`/api/v1/drills/${evaluated.id}/findings`, async ({ request }) => {
        bodies.push(await request.json());
        keys.push(request.headers.get('Idempotency-Key'));
        if (bodies.length === 1) return problem(400, { title: 'Invalid input', errors: [{ field: 'action.deadline', message: '期限不能早于今天' }] });
        return json(findingFixture(), { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    expect(await within(card).findByText('尚未登记问题')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: '登记问题' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '问题类别' }));
    await userEvent.click(await screen.findByTitle('应急保障'));
    await paste(within(dialog).getByLabelText('问题描述'), '应急照明不足');
    await paste(within(dialog).getByLabelText('原因分析'), '应急灯未定期检查');
    await paste(within(dialog).getByLabelText('改进建议'), '更换应急灯并每月检查');
    await paste(within(dialog).getByLabelText('责任人'), '李工');
    await userEvent.click(within(dialog).getByRole('button', { name: /登\s?记/ }));
    expect(await within(dialog).findByText('期限不能早于今天')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: /登\s?记/ }));
    await waitFor(() => {
      expect(bodies).toHaveLength(2);
    });
    expect(bodies[1]).toMatchObject({
      category: 'RESOURCES',
      severity: 'GENERAL',
      description: '应急照明不足',
      cause: '应急灯未定期检查',
      recommendation: '更换应急灯并每月检查',
      action: { kind: 'HAZARD_TICKET', ownerOrgId: 'ent-1', ownerPerson: '李工' },
    });
    expect(keys[0]).toBe(keys[1]);
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  }, 120_000);
});
