import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { assessmentFixture, assessmentHandlers, assessmentId, explainedFixture, schemeFixture, schemeId, townshipId, valueFixture } from '../testing/fixtures';
import { AssessmentBoardPage } from './AssessmentBoardPage';
import { AssessmentPage } from './AssessmentPage';
import { AssessmentResultsPage } from './AssessmentResultsPage';
import { SelfAssessPhonePage } from './SelfAssessPhonePage';

const township = meFixture(['safety_office'], { id: townshipId, name: '花果园街道', regionLevel: 'TOWNSHIP' });
const district = meFixture(['safety_office']);
const opened = schemeFixture({ status: 'SELF_ASSESSMENT', docNumber: '南安委〔2026〕3号', allowedActions: ['START_REVIEW'] });
const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], name, { type: 'image/jpeg' });
const uploaded = (id: string) => ({ id, fileName: 'p.jpg', contentType: 'image/jpeg', size: 4, sha256: 'a'.repeat(64), ownerId: null, ownerType: null, purpose: null, uploadedAt: '2026-12-20T06:00:00Z' });

function routes() {
  return (
    <Routes>
      <Route path="/assessments/:id" element={<AssessmentPage />} />
      <Route path="/assessments/:id/self" element={<SelfAssessPhonePage />} />
      <Route path="/assessments/schemes/:id/board" element={<AssessmentBoardPage />} />
      <Route path="/assessments/schemes/:id/results" element={<AssessmentResultsPage />} />
    </Routes>
  );
}

describe('assessments', () => {
  it('shows the board: one row per target with self, metric, department and review columns, total, grade, rank, status', async () => {
    const reviewed = assessmentFixture({ status: 'REVIEWED', total: 79, grade: 'PASS', rank: 2 });
    const explained = explainedFixture(reviewed, [valueFixture(), valueFixture({ seq: 2, kind: 'REVIEW', code: '1.2', points: 30, reason: '抽查核实签订率已达标', deductions: [], evidence: [] })]);
    explained.score.leaves[1] = { code: '1.2', maxPoints: 30, computed: 24, points: 30, overridden: true, missing: false };
    const other = assessmentFixture({ id: 'a-other', targetOrgName: '中华北路街道', status: 'REVIEWED', total: 90, grade: 'EXCELLENT', rank: 1 });
    let perTarget = 0;
    let batched = 0;
    server.use(
      sessionHandlers.me(district),
      assessmentHandlers.scheme(opened),
      assessmentHandlers.assessments([reviewed, other]),
      assessmentHandlers.scores([explainedFixture(other), explained], () => {
        batched += 1;
      }),
      http.get('/api/v1/assessments/:id/score', () => {
        perTarget += 1;
        return json({});
      }),
    );
    await renderApp(routes(), { route: `/assessments/schemes/${schemeId}/board` });
    const [row] = await screen.findAllByTestId('board-row');
    if (!row) throw new Error('no board row');
    await waitFor(() => {
      expect(row).toHaveTextContent('改分 1 项（+6）');
    });
    // one batched read per page (two pages of one here), never one request per target
    expect(batched).toBe(2);
    expect(perTarget).toBe(0);
    expect(row).toHaveTextContent('花果园街道');
    expect(row).toHaveTextContent('乡镇（街道）');
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(2, 5)).toEqual(['25', '24', '—']);
    expect(row).toHaveTextContent('79');
    expect(row).toHaveTextContent('合格');
    expect(row).toHaveTextContent('评审完成');
  });

  it('explains every indicator with who set what and why; the target self-assesses an item with evidence photos', async () => {
    let body: Record<string, unknown> | undefined;
    let uploads = 0;
    const a = assessmentFixture();
    server.use(
      sessionHandlers.me(township),
      assessmentHandlers.scheme(opened),
      assessmentHandlers.assessment(a),
      assessmentHandlers.score(explainedFixture(a)),
      http.post('/api/v1/attachments', () => {
        uploads += 1;
        return json(uploaded(`att-${String(uploads + 1)}`), { status: 201 });
      }),
      http.post(`/api/v1/assessments/${assessmentId}/values`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return json(explainedFixture(a, [valueFixture(), valueFixture({ seq: 2, kind: 'SELF', code: '2', deductions: [], checklistMet: ['C1'], evidence: ['att-2'] })]));
      }),
    );
    await renderApp(routes(), { route: `/assessments/${assessmentId}` });
    const rows = await screen.findAllByTestId('score-row');
    expect(rows[0]).toHaveTextContent('未按季度召开安委会会议 × 1');
    expect(rows[0]).toHaveTextContent('佐证 1 份');
    expect(rows[1]).toHaveTextContent('责任清单签订率：90%');
    expect(rows[1]).toHaveTextContent('启动考核时取数（预估）');
    expect(screen.getByTestId('assessment-total')).toHaveTextContent('49');
    expect(screen.getByTestId('assessment-grade')).toHaveTextContent('不合格');
    // The trace and the values of the first item, with who set them and why.
    await userEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: /展开行|Expand row/ }));
    const explanation = await screen.findByTestId('leaf-explanation');
    expect(explanation).toHaveTextContent('扣分规则未按季度召开安委会会议 -5 分 · 李街道 · 佐证 1 份');
    expect(within(explanation).getByTestId('value-entry')).toHaveTextContent('自评未按季度召开安委会会议 × 1：第三季度会议延期 · 佐证 1 份李街道');
    // Self-assessment of the checklist item: evidence is required.
    await userEvent.click(within(rows[2] as HTMLElement).getByRole('button', { name: '填写自评' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('开展安全生产月活动（20 分）'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存本项自评' }));
    expect(await within(dialog).findByText('请拍摄或选择至少一张佐证照片')).toBeInTheDocument();
    await userEvent.upload(within(dialog).getByTestId('photo-input'), [photo('a.jpg')]);
    await userEvent.click(within(dialog).getByRole('button', { name: '保存本项自评' }));
    await waitFor(() => {
      expect(body).toEqual({ kind: 'SELF', code: '2', checklistMet: ['C1'], attachmentIds: ['att-2'] });
    });
  }, 60_000);

  it('the review group overrides a score only with a reason', async () => {
    let body: Record<string, unknown> | undefined;
    const a = assessmentFixture({ status: 'UNDER_REVIEW', allowedActions: ['RETURN_FOR_SUPPLEMENT'] });
    server.use(
      sessionHandlers.me(district),
      assessmentHandlers.scheme(opened),
      assessmentHandlers.assessment(a),
      assessmentHandlers.score(explainedFixture(a)),
      http.post(`/api/v1/assessments/${assessmentId}/values`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return json(explainedFixture(a));
      }),
    );
    await renderApp(routes(), { route: `/assessments/${assessmentId}` });
    const rows = await screen.findAllByTestId('score-row');
    expect(screen.getByRole('button', { name: '退回补充' })).toBeInTheDocument();
    await userEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: '评审认定' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('得分'), '28');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('评审改分必须说明理由')).toBeInTheDocument();
    expect(body).toBeUndefined();
    await userEvent.type(within(dialog).getByLabelText('认定理由'), '现场核查签订率为 96%');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(body).toEqual({ kind: 'REVIEW', code: '1.2', points: 28, reason: '现场核查签订率为 96%' });
    });
  }, 60_000);

  it('the principal signs the self-assessment from the action bar', async () => {
    let body: unknown;
    const a = assessmentFixture({ allowedActions: ['SUBMIT_SELF'] });
    server.use(
      sessionHandlers.me(township),
      assessmentHandlers.scheme(opened),
      assessmentHandlers.assessment(a),
      assessmentHandlers.score(explainedFixture(a)),
      http.post(`/api/v1/assessments/${assessmentId}/transitions`, async ({ request }) => {
        body = await request.json();
        return json({ ...a, status: 'SELF_SUBMITTED', signedBy: '王建国', allowedActions: [] }, { headers: { ETag: '"4"' } });
      }),
    );
    await renderApp(routes(), { route: `/assessments/${assessmentId}` });
    await userEvent.click(await screen.findByRole('button', { name: '提交自评' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('签字负责人'), '王建国');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(body).toEqual({ action: 'SUBMIT_SELF', signedBy: '王建国' });
    });
  });

  it('an action taken as soon as the last item reads done carries the version that item moved the assessment to', async () => {
    let saved = false;
    let rereading = false;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let ifMatch: string | null = null;
    const before = assessmentFixture({ allowedActions: ['SUBMIT_SELF'] });
    const after = { ...before, version: 4 };
    const both = [valueFixture(), valueFixture({ seq: 2, code: '2', deductions: [], checklistMet: ['C1'], evidence: ['att-9'] })];
    server.use(
      sessionHandlers.me(township),
      assessmentHandlers.scheme(opened),
      // the re-read after the save is held: the item must not read done before it is in
      http.get(`/api/v1/assessments/${assessmentId}`, async () => {
        if (!saved) return json(before, { headers: { ETag: '"3"' } });
        rereading = true;
        await held;
        return json(after, { headers: { ETag: '"4"' } });
      }),
      http.get(`/api/v1/assessments/${assessmentId}/score`, () => json(saved ? explainedFixture(after, both) : explainedFixture(before))),
      http.post('/api/v1/attachments', () => json(uploaded('att-9'), { status: 201 })),
      http.post(`/api/v1/assessments/${assessmentId}/values`, () => {
        saved = true;
        return json(explainedFixture(after, both));
      }),
      http.post(`/api/v1/assessments/${assessmentId}/transitions`, ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return json({ ...after, status: 'SELF_SUBMITTED', signedBy: '王建国', allowedActions: [], version: 5 }, { headers: { ETag: '"5"' } });
      }),
    );
    await renderApp(routes(), { route: `/assessments/${assessmentId}/self` });
    expect(await screen.findByTestId('self-progress')).toHaveTextContent('已完成 1 / 2 项');
    const item = screen.getAllByTestId('self-item')[1] as HTMLElement;
    await userEvent.click(within(item).getByRole('button', { name: '填写自评' }));
    await userEvent.click(within(item).getByText(/开展安全生产月活动/));
    await userEvent.upload(within(item).getByTestId('photo-input'), [photo('b.jpg')]);
    await userEvent.click(within(item).getByRole('button', { name: '保存本项自评' }));
    await waitFor(() => {
      expect(rereading).toBe(true);
    });
    expect(screen.getByTestId('self-progress')).toHaveTextContent('已完成 1 / 2 项');
    release();
    await waitFor(() => {
      expect(screen.getByTestId('self-progress')).toHaveTextContent('已完成 2 / 2 项');
    });
    await userEvent.click(screen.getByRole('button', { name: '提交自评' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('签字负责人'), '王建国');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    await waitFor(() => {
      expect(ifMatch).toBe('"4"');
    });
  }, 60_000);

  it('a failing target rectifies through its 整改方案 in the register: the page shows it and links there, with no plan step of its own', async () => {
    const a = assessmentFixture({
      status: 'RECTIFYING',
      grade: 'FAIL',
      planDue: '2027-01-05',
      rectification: { id: 'act-9', code: 'ZR2026000009', type: 'RECTIFICATION_PLAN', status: 'ISSUED', dueOn: '2027-01-05', overdue: true, respondedAt: null },
    });
    server.use(sessionHandlers.me(township), assessmentHandlers.scheme(opened), assessmentHandlers.assessment(a), assessmentHandlers.score(explainedFixture(a)));
    await renderApp(routes(), { route: `/assessments/${assessmentId}` });
    const notice = await screen.findByTestId('assessment-rectification');
    expect(notice).toHaveTextContent('整改方案 ZR2026000009（问责台账）');
    expect(notice).toHaveTextContent('状态：已下达，期限：2027-01-05');
    expect(notice).toHaveTextContent('已逾期');
    expect(within(notice).getByRole('link', { name: '去办理' })).toHaveAttribute('href', '/accountability/act-9');
    expect(screen.queryByTestId('workflow-actions')).not.toBeInTheDocument();
  });

  it('ranks each group with a bar per target, counts the grades and says the 通报 with its 文号', { timeout: 60_000 }, async () => {
    const published = schemeFixture({ status: 'RESULTS_PUBLISHED', docNumber: '南安委〔2026〕3号', allowedActions: [] });
    server.use(
      sessionHandlers.me(district),
      assessmentHandlers.scheme(published),
      assessmentHandlers.history(schemeId, [{ seq: 9, at: '2027-01-30T02:00:00Z', actor: '张安全', action: 'PUBLISH_RESULTS', from: 'APPROVED', to: 'RESULTS_PUBLISHED', reason: null, data: { docNumber: '南安委〔2027〕2号' } }]),
      assessmentHandlers.assessments([
        assessmentFixture({ id: 'a2', targetOrgName: '中华南路街道', status: 'FINAL', total: 72, grade: 'PASS', rank: 2 }),
        assessmentFixture({ status: 'RECTIFYING', total: 55, grade: 'FAIL', rank: 3, planDue: '2027-02-28', awardBar: true }),
        assessmentFixture({ id: 'a3', targetOrgName: '遵义路街道', status: 'FINAL', total: 91, grade: 'EXCELLENT', rank: 1 }),
      ]),
    );
    await renderApp(routes(), { route: `/assessments/schemes/${schemeId}/results` });
    await waitFor(() => {
      expect(screen.getByTestId('bulletin-state')).toHaveTextContent('结果已通报（南安委〔2027〕2号）');
    });
    const bars = await screen.findAllByTestId('ranking-bar');
    expect(bars.map((b) => b.textContent)).toEqual(['1. 遵义路街道91 · 优秀', '2. 中华南路街道72 · 合格', '3. 花果园街道55 · 不合格']);
    const group = screen.getByTestId('results-group');
    expect(group).toHaveTextContent('优秀 1 个');
    expect(group).toHaveTextContent('不合格 1 个');
    const rows = screen.getAllByTestId('result-row');
    expect(rows[2]).toHaveTextContent('取消评优');
    expect(rows[2]).toHaveTextContent('2027-02-28');
  });

  it('lists the self-assessed items on a phone with their progress and takes an item with a photo (online only)', async () => {
    let body: Record<string, unknown> | undefined;
    const a = assessmentFixture();
    server.use(
      sessionHandlers.me(township),
      assessmentHandlers.scheme(opened),
      assessmentHandlers.assessment(a),
      assessmentHandlers.score(explainedFixture(a)),
      http.post('/api/v1/attachments', () => json(uploaded('att-9'), { status: 201 })),
      http.post(`/api/v1/assessments/${assessmentId}/values`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return json(explainedFixture(a));
      }),
    );
    await renderApp(routes(), { route: `/assessments/${assessmentId}/self` });
    expect(await screen.findByTestId('self-progress')).toHaveTextContent('已完成 1 / 2 项');
    expect(screen.getByText('需联网使用：照片拍摄后直接上传，不做离线保存。')).toBeInTheDocument();
    const items = screen.getAllByTestId('self-item');
    expect(items[0]).toHaveTextContent('已自评');
    await userEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: '修改自评' }));
    const occurrences = within(items[0] as HTMLElement).getByLabelText('“未按季度召开安委会会议”的次数');
    await userEvent.clear(occurrences);
    await userEvent.type(occurrences, '2');
    await userEvent.upload(within(items[0] as HTMLElement).getByTestId('photo-input'), [photo('m.jpg')]);
    await userEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: '保存本项自评' }));
    await waitFor(() => {
      expect(body).toEqual({ kind: 'SELF', code: '1.1', attachmentIds: ['att-1', 'att-9'], deductions: [{ rule: 'M1', occurrences: 2 }], reason: '第三季度会议延期' });
    });
  }, 60_000);
});
