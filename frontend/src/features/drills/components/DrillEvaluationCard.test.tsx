import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { json, problem } from '@/test/http';
import { paste } from '@/test/input';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import type { Drill, DrillEvaluation, DrillEvent } from '../api/types';
import { drillEventFixture, drillFixture, evaluationFixture, evaluationTemplateFixture } from '../testing/fixtures';
import { drillHandlers } from '../testing/handlers';
import { placeEvaluationErrors, toEvaluationInput } from './evaluation-form';
import { DrillDetailPage } from './DrillDetailPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });
const template = evaluationTemplateFixture();
const conducted = drillFixture({ allowedActions: ['ATTACH'] });

async function renderDrill(drill: Drill, evaluation: DrillEvaluation | null, history: DrillEvent[] = []) {
  server.use(
    sessionHandlers.me(enterprise),
    ...orgNameHandlers([{ id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' }]),
    drillHandlers.drill(drill),
    drillHandlers.history(drill.id, history),
    drillHandlers.timeline(drill.id, []),
    drillHandlers.evaluation(drill.id, evaluation),
    drillHandlers.evaluationTemplates([template]),
    drillHandlers.evaluationTemplate(template),
  );
  await renderApp(
    <Routes>
      <Route path="/drills/:id" element={<DrillDetailPage />} />
    </Routes>,
    { route: `/drills/${drill.id}` },
  );
  return screen.findByTestId('drill-evaluation');
}

function item(card: HTMLElement, code: string) {
  const row = within(card)
    .getAllByTestId('evaluation-item')
    .find((r) => r.dataset.code === code);
  if (!row) throw new Error(`no item ${code}`);
  return within(row);
}

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByTitle(option));
}

describe('the evaluation of a held drill', () => {
  it('starts on the AQ9009 template, asks the reason of an item that does not apply and creates the evaluation with its key', async () => {
    let sent: { body: unknown; key: string | null } | undefined;
    const card = await renderDrill(conducted, null);
    server.use(
      http.post(`/api/v1/drills/${conducted.id}/evaluation`, async ({ request }) => {
        sent = { body: await request.json(), key: request.headers.get('Idempotency-Key') };
        return json(evaluationFixture({ missing: [] }), { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    expect(await within(card).findByText('生产安全事故应急演练评估表（准备与实施）（第 1 版）')).toBeInTheDocument();
    expect(await within(card).findByText('演练策划与设计')).toBeInTheDocument();
    await paste(within(card).getByRole('textbox', { name: '姓名' }), '王敏');
    await paste(within(card).getByRole('textbox', { name: '所在单位' }), '贵州安评咨询有限公司');
    await userEvent.click(within(card).getByText('第三方'));
    await userEvent.click(item(card, 'A1.1').getByText('是'));
    await paste(item(card, 'B1.1').getByRole('spinbutton', { name: 'B1.1 得分' }), '8');
    await userEvent.click(item(card, 'B1.2').getByRole('checkbox', { name: '不适用' }));
    expect(item(card, 'B1.2').getByRole('spinbutton', { name: 'B1.2 得分' })).toBeDisabled();
    await userEvent.click(within(card).getByRole('radio', { name: '基本达到演练目标' }));
    await choose('签发人（评估组成员）', '王敏');
    await userEvent.click(within(card).getByRole('button', { name: /保\s?存$/ }));
    expect(await item(card, 'B1.2').findByText('不适用须填写原因')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await paste(item(card, 'B1.2').getByRole('textbox', { name: 'B1.2 说明' }), '桌面演练未涉及信息发布');
    await userEvent.click(within(card).getByRole('button', { name: /保\s?存$/ }));
    await waitFor(() => {
      expect(sent?.body).toEqual({
        templateId: 'tpl-1',
        team: [{ name: '王敏', org: '贵州安评咨询有限公司', kind: 'THIRD_PARTY', lead: true }],
        answers: [
          { code: 'A1.1', result: 'YES', score: null, note: null, evidence: null },
          { code: 'B1.1', result: null, score: 8, note: null, evidence: null },
          { code: 'B1.2', result: 'NA', score: null, note: '桌面演练未涉及信息发布', evidence: null },
        ],
        selfAssessments: [],
        debrief: null,
        strengths: null,
        conclusion: 'PARTIAL',
        signedBy: '王敏',
      });
    });
    expect(sent?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await within(card).findByTestId('evaluation-scores')).toHaveTextContent('总分 100（准备 100 / 实施 —）');
  }, 120_000);

  it('asks for no evaluation while the drill says none is entered, and offers to start one', async () => {
    let asked = 0;
    const fresh = drillFixture({ allowedActions: ['ATTACH'], evaluationEntered: false });
    const count = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === `/api/v1/drills/${fresh.id}/evaluation`) asked += 1;
    };
    server.events.on('request:start', count);
    // were it asked, the server would answer an evaluation, and the card would show it instead of a new one
    const card = await renderDrill(fresh, evaluationFixture());
    expect(await within(card).findByText('生产安全事故应急演练评估表（准备与实施）（第 1 版）')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /保\s?存$/ })).toBeEnabled();
    expect(within(card).getByRole('textbox', { name: '姓名' })).toHaveValue('');
    expect(asked).toBe(0);
    server.events.removeListener('request:start', count);
  }, 120_000);

  it('lists what is still missing in words and shows the server’s field problems beside the items they name', async () => {
    let ifMatch: string | null = null;
    const card = await renderDrill(conducted, evaluationFixture());
    server.use(
      http.put(`/api/v1/drills/${conducted.id}/evaluation`, ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        return problem(400, {
          title: 'Invalid input',
          errors: [
            { field: 'answers[1].score', message: 'item B1.1 is worth at most 10' },
            { field: 'signedBy', message: 'the evaluation is signed by a member of the team' },
            { field: 'somethingElse', message: 'not placed' },
          ],
        });
      }),
    );
    expect(await within(card).findByTestId('evaluation-missing')).toHaveTextContent(
      '提交评估前还须填写：2 项评估内容未作答（B1.1、B1.2）；评估结论；签发人（评估组成员）',
    );
    expect(within(card).getByTestId('evaluation-scores')).toHaveTextContent('评定等级：优秀');
    expect(within(card).getByRole('combobox', { name: '评估模板' })).toBeDisabled();
    await paste(item(card, 'B1.1').getByRole('spinbutton', { name: 'B1.1 得分' }), '9');
    await userEvent.click(within(card).getByRole('button', { name: /保\s?存$/ }));
    expect(await item(card, 'B1.1').findByText('item B1.1 is worth at most 10')).toBeInTheDocument();
    expect(within(card).getByText('the evaluation is signed by a member of the team')).toBeInTheDocument();
    expect(within(card).getByTestId('problem-field-errors')).toHaveTextContent('somethingElse: not placed');
    expect(within(card).queryByTestId('problem-field-errors')).not.toHaveTextContent('B1.1 is worth');
    expect(ifMatch).toBe('"3"');
    for (const code of ['THIRD_PARTY', 'PARTIAL', 'NOT_ACHIEVED', 'signedBy', 'conclusion', 'YES_NO', 'SCORED']) {
      expect(within(card).queryByText(new RegExp(code))).toBeNull();
    }
  }, 120_000);

  it('saves, then submits the evaluation through SUBMIT_EVALUATION with the drill’s ETag', async () => {
    const calls: string[] = [];
    let transition: unknown;
    const complete = evaluationFixture({
      answers: [
        { code: 'A1.1', result: 'YES', score: null, note: null, evidence: null },
        { code: 'B1.1', result: null, score: 9, note: null, evidence: null },
        { code: 'B1.2', result: 'NA', score: null, note: '未涉及', evidence: null },
      ],
      conclusion: 'ACHIEVED',
      signedBy: '王敏',
      missing: [],
    });
    const card = await renderDrill(conducted, complete);
    server.use(
      http.put(`/api/v1/drills/${conducted.id}/evaluation`, () => {
        calls.push('PUT');
        return json(complete, { headers: { ETag: '"4"' } });
      }),
      http.post(`/api/v1/drills/${conducted.id}/transitions`, async ({ request }) => {
        calls.push(`POST ${request.headers.get('If-Match')}`);
        transition = await request.json();
        return json({ ...conducted, status: 'EVALUATED', version: 2, allowedActions: [] }, { headers: { ETag: '"2"' } });
      }),
    );
    expect(await within(card).findByRole('radio', { name: '达到演练目标' })).toBeChecked();
    expect(within(card).queryByTestId('evaluation-missing')).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: '提交评估' }));
    await waitFor(() => {
      expect(calls).toEqual(['PUT', 'POST "1"']);
    });
    expect(transition).toEqual({ action: 'SUBMIT_EVALUATION' });
  }, 120_000);

  it('shows an evaluated drill’s evaluation read only, with who signed it, and the submission in the history in words', async () => {
    const card = await renderDrill(
      drillFixture({ status: 'EVALUATED' }),
      evaluationFixture({ submitted: true, signedBy: '王敏', signedAt: '2026-06-12T02:00:00Z', conclusion: 'PARTIAL', missing: [] }),
      [
        drillEventFixture({ action: 'RECORD_PAST', toState: 'CONDUCTED', data: { day: '2026-06-10' } }),
        drillEventFixture({
          seq: 2,
          action: 'SUBMIT_EVALUATION',
          fromState: 'CONDUCTED',
          toState: 'EVALUATED',
          data: { conclusion: 'PARTIAL', totalScore: '85.50', signedBy: '王敏' },
        }),
      ],
    );
    expect(await within(card).findByTestId('evaluation-submitted')).toHaveTextContent('由 王敏 签发提交');
    expect(within(card).queryByRole('button', { name: '提交评估' })).toBeNull();
    expect(within(card).queryByRole('button', { name: '添加评估人员' })).toBeNull();
    expect(item(card, 'A1.1').getByRole('radio', { name: '是' })).toBeDisabled();
    expect(item(card, 'B1.1').getByRole('spinbutton', { name: 'B1.1 得分' })).toBeDisabled();
    const history = await screen.findByTestId('drill-history');
    await waitFor(() => {
      expect(history).toHaveTextContent('提交评估');
    });
    expect(history).toHaveTextContent('评估结论: 基本达到演练目标');
    expect(history).toHaveTextContent('总分: 85.5');
    expect(history).toHaveTextContent('日期: 2026-06-10');
    for (const code of ['SUBMIT_EVALUATION', 'PARTIAL', 'conclusion', 'totalScore', 'day:']) expect(document.body).not.toHaveTextContent(code);
  }, 120_000);
});

describe('the evaluation form’s body and problems', () => {
  it('sends answered items in template order and places answers[i] on the item sent i-th', () => {
    const { input, answerCodes } = toEvaluationInput(
      {
        team: [{ name: ' 王敏 ', kind: 'INTERNAL', lead: true }, { name: '  ' }],
        answers: { 'B1.2': { score: 3 }, 'A1.1': { result: 'NO', note: ' 目标未量化 ' }, 'B1.1': { score: null } },
        selfAssessments: [{ name: '李四', text: '' }],
      },
      template.definition.items,
      false,
    );
    expect(input.templateId).toBeNull();
    expect(input.team).toEqual([{ name: '王敏', org: null, kind: 'INTERNAL', lead: true }]);
    expect(input.selfAssessments).toEqual([]);
    expect(answerCodes).toEqual(['A1.1', 'B1.2']);
    expect(input.answers[0]).toMatchObject({ code: 'A1.1', result: 'NO', note: '目标未量化' });
    const { placed, unmatched } = placeEvaluationErrors(
      [
        { field: 'answers[1].score', message: 'too high' },
        { field: '/answers/0/code', message: 'twice' },
        { field: 'team[0].name', message: 'blank' },
        { field: 'answers[7].note', message: 'unknown' },
      ],
      answerCodes,
    );
    expect(placed.map((p) => p.name)).toEqual([
      ['answers', 'B1.2', 'score'],
      ['answers', 'A1.1', 'result'],
      ['team', 0, 'name'],
    ]);
    expect(unmatched.map((u) => u.message)).toEqual(['unknown']);
  });
});
