// 年度考核 (issue 12, deliverables 9 and 11): 南明区's safety office finds its draft scheme under 年度考核 refused for
// publication in words (the leaf points add up to 95, not 100), fixes the points in the editor, publishes it with its
// 文号 and opens it; 花果园街道's head self-assesses both items on a 390 px phone with a photo as evidence each and signs
// the self-assessment; at the desk the office starts the review, finds no meeting held all year (an override with its
// reason: 不合格) and proposes the results; the results page ranks the township and says the 公示 is open. Two days on
// (the server's clock moved: the objection window of 0 days closed at the end of the day), 南明区's leader approves the
// results, the office publishes the 通报, the township is 整改中 and the scheme's rule "考核不合格的，约谈主要负责人"
// has proposed a 约谈 of 花果园街道's principal leader in 问责台账, beside the one 整改方案 of a failing target; the office
// issues the 约谈 and the township head finds it under 我的单位考核 on a phone, waiting for the unit's answer.
// The draft itself is seeded through the API (its rules are the editor's Vitest). Page and console errors fail it.
import type { Locator, Page } from '@playwright/test';
import { act as step, noSidewaysScroll } from '../drill-steps';
import { expect, nav, test } from '../fixtures';
import { serverDaysFromNow } from '../server-clock';
import { api, phone } from '../support';

interface Me {
  org: { id: string };
}

/** A 2025 scheme (its cutoff has passed, so the review can start) for 花果园街道 alone, its points 5 short. */
async function seedDraft(title: string, series: string): Promise<string> {
  const township = (await api<Me>('linxiao', '/me')).org.id;
  const scheme = await api<{ id: string }>('safety', '/assessment-schemes', {
    method: 'POST',
    body: {
      title,
      year: 2025,
      period: 'YEAR',
      series,
      definition: {
        baseTotal: 100,
        bonusCap: 5,
        rescale: false,
        targetGroups: [{ code: 'T', name: '乡镇（街道）', orgIds: [township] }],
        indicators: [
          {
            code: '1',
            name: '安委会会议',
            maxPoints: 55,
            type: 'PROCESS',
            method: 'MANUAL_DEDUCT',
            evidenceRequired: true,
            deductionRules: [{ code: '1-1', when: '未按季度召开安委会会议', points: 5, perOccurrence: true }],
          },
          {
            code: '2',
            name: '宣传教育',
            maxPoints: 40,
            type: 'PROCESS',
            method: 'CHECKLIST',
            evidenceRequired: true,
            checklist: [
              { code: '2-1', text: '开展安全生产月活动', points: 20 },
              { code: '2-2', text: '设立安全宣传栏', points: 20 },
            ],
          },
        ],
        gradeBands: [
          { code: 'EXCELLENT', label: '优秀', lowerBound: 90 },
          { code: 'GOOD', label: '良好', lowerBound: 80 },
          { code: 'PASS', label: '合格', lowerBound: 60 },
          { code: 'FAIL', label: '不合格', lowerBound: 0 },
        ],
        vetoRules: [],
        adjustmentRules: [],
        consequenceRules: [
          { code: 'R1', trigger: 'CONSECUTIVE_GRADE', grade: 'FAIL', count: 2, action: 'INTERVIEW', addressee: 'PRINCIPAL_LEADER', dueOffsetDays: 30, days: 0 },
          { code: 'R2', trigger: 'GRADE', grade: 'FAIL', count: 0, action: 'INTERVIEW', addressee: 'PRINCIPAL_LEADER', dueOffsetDays: 30, days: 0, citation: '考核不合格的，约谈其主要负责人' },
        ],
        deadlines: { periodEnd: '2025-12-31', objectionDays: 0 },
      },
    },
  });
  return scheme.id;
}

async function act(page: Page, action: string, fill: (dialog: Locator) => Promise<void> = async () => {}) {
  await page.getByTestId('workflow-actions').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await fill(dialog);
  await dialog.getByRole('button', { name: /提\s?交/ }).click();
  await expect(dialog).toBeHidden();
}

const jpeg = (name: string) => ({ name, mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]) });

test("a district publishes a scheme, a township self-assesses with evidence from a phone, the group reviews, the results are published and the rule's 约谈 is proposed @desktop", async ({ page, loginAs }) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const title = `2025年度乡镇安全生产考核细则 ${stamp}`;
  const schemeId = await seedDraft(title, `E2E-${stamp}`);

  // The office opens its scheme from 年度考核: the points are 5 short, said in words.
  const office = await loginAs('safety');
  await nav(office).getByText('年度考核', { exact: true }).click();
  await expect(office.getByRole('heading', { name: '考核方案' })).toBeVisible();
  await office.getByRole('link', { name: title }).click();
  await expect(office.getByTestId('publication-issues')).toContainText('考核对象“乡镇（街道）”各末级指标的分值合计为 95 分，应为 100 分');
  await expect(office.getByTestId('indicator-row')).toHaveCount(2);
  await expect(office.getByTestId('grade-band')).toHaveText(['优秀：90 分及以上', '良好：80 分及以上', '合格：60 分及以上', '不合格：0 分及以上']);

  // The editor fixes the points: 55 → 60.
  await office.getByRole('link', { name: '编辑方案' }).click();
  await expect(office.getByTestId('point-issues')).toContainText('合计 95 分，应为 100 分');
  const first = office.getByTestId('indicator-editor').first();
  await first.getByLabel('分值', { exact: true }).fill('60');
  await expect(office.getByTestId('points-add-up')).toBeVisible();
  await office.getByRole('button', { name: '保存草稿' }).click();
  await expect(office.getByTestId('publication-ready')).toBeVisible();

  // Published with its 文号, then opened: one assessment per target.
  await act(office, '发布', (d) => d.getByLabel('文号').fill(`南安委〔2025〕${stamp}号`));
  await expect(office.getByTestId('scheme-status')).toHaveText('已发布');
  await act(office, '启动考核');
  await expect(office.getByTestId('scheme-status')).toHaveText('自评中');
  const { items } = await api<{ items: { id: string }[] }>('safety', `/assessments?schemeId=${schemeId}`);
  expect(items).toHaveLength(1);
  const assessmentId = items[0]?.id ?? '';

  // 花果园街道's head self-assesses on a phone: each item with a photo, then signs.
  const head = await loginAs('linxiao', phone);
  await head.goto(`/assessments/${assessmentId}/self`);
  await expect(head.getByText('需联网使用：照片拍摄后直接上传，不做离线保存。')).toBeVisible();
  await act(head, '开始自评');
  await expect(head.getByTestId('self-progress')).toHaveText('已完成 0 / 2 项');
  const meeting = head.getByTestId('self-item').filter({ hasText: '安委会会议' });
  await meeting.getByRole('button', { name: '填写自评' }).click();
  await meeting.getByLabel('“未按季度召开安委会会议”的次数').fill('1');
  await meeting.getByTestId('photo-input').setInputFiles(jpeg('meeting.jpg'));
  await meeting.getByRole('button', { name: '保存本项自评' }).click();
  await expect(meeting).toContainText('佐证 1 份');
  const publicity = head.getByTestId('self-item').filter({ hasText: '宣传教育' });
  await publicity.getByRole('button', { name: '填写自评' }).click();
  await publicity.getByText('开展安全生产月活动').click();
  await publicity.getByText('设立安全宣传栏').click();
  await publicity.getByTestId('photo-input').setInputFiles(jpeg('board.jpg'));
  await publicity.getByRole('button', { name: '保存本项自评' }).click();
  await expect(head.getByTestId('self-progress')).toHaveText('已完成 2 / 2 项');
  await noSidewaysScroll(head);
  await act(head, '提交自评', (d) => d.getByLabel('签字负责人').fill('林晓'));
  await expect(head.getByTestId('assessment-status')).toHaveText('自评已提交');
  await noSidewaysScroll(head);

  // The group reviews at the desk: the scheme's review starts, one item is overridden with its reason.
  await office.goto(`/assessments/schemes/${schemeId}`);
  await act(office, '开始评审');
  await expect(office.getByTestId('scheme-status')).toHaveText('考核评审中');
  await office.getByRole('link', { name: '考核看板' }).click();
  const row = office.getByTestId('board-row');
  await expect(row).toContainText('花果园街道');
  await expect(row).toContainText('自评已提交');
  await expect(row).toContainText('95');
  await row.getByRole('link', { name: '花果园街道' }).click();
  await act(office, '开始评审');
  await expect(office.getByTestId('assessment-status')).toHaveText('考核评审中');
  const meetingRow = office.getByTestId('score-row').filter({ hasText: '安委会会议' });
  await meetingRow.getByRole('button', { name: '评审认定' }).click();
  const review = office.getByRole('dialog');
  await review.getByLabel('得分').fill('10');
  await review.getByRole('button', { name: '保存' }).click();
  await expect(review.getByText('评审改分必须说明理由')).toBeVisible();
  await review.getByLabel('认定理由').fill('抽查发现全年未召开安委会会议');
  await review.getByRole('button', { name: '保存' }).click();
  await expect(review).toBeHidden();
  await expect(meetingRow.getByTestId('review-reason')).toHaveText('抽查发现全年未召开安委会会议');
  await expect(office.getByTestId('assessment-total')).toHaveText('50');
  await act(office, '完成评审');
  await expect(office.getByTestId('assessment-status')).toHaveText('评审完成');

  // Preliminary results: ranked, 公示 open.
  await office.goto(`/assessments/schemes/${schemeId}`);
  await act(office, '提出初步结果');
  await expect(office.getByTestId('scheme-status')).toHaveText('结果公示中');
  await office.getByRole('link', { name: '考核结果' }).click();
  await expect(office.getByTestId('bulletin-state')).toHaveText('初步结果公示中，异议期内可提出异议');
  await expect(office.getByTestId('ranking-bar')).toHaveText(['1. 花果园街道50 · 不合格']);

  // Two days on: the leader approves the results, the office publishes the 通报.
  await serverDaysFromNow(2);
  const leader = await loginAs('leader');
  await leader.goto(`/assessments/schemes/${schemeId}`);
  await act(leader, '审定结果');
  await expect(leader.getByTestId('scheme-status')).toHaveText('结果已审定');
  await office.goto(`/assessments/schemes/${schemeId}`);
  await act(office, '通报结果', (d) => d.getByLabel('文号').fill(`南安委〔2026〕${stamp}号`));
  await expect(office.getByTestId('scheme-status')).toHaveText('结果已通报');
  await office.getByRole('link', { name: '考核结果' }).click();
  await expect(office.getByTestId('bulletin-state')).toHaveText(`结果已通报（南安委〔2026〕${stamp}号）`);
  await office.goto(`/assessments/${assessmentId}`);
  await expect(office.getByTestId('assessment-status')).toHaveText('整改中');
  await expect(office.getByTestId('assessment-rectification')).toBeVisible();

  // The rule's 约谈 of the township's principal leader, proposed in 问责台账 with the assessment as its fact.
  const township = (await api<Me>('linxiao', '/me')).org.id;
  const actions = await api<{ items: { type: string; status: string; triggerRule: string | null; title: string; facts: { id: string }[] }[] }>(
    'safety',
    `/accountability-actions?targetOrgId=${township}&type=INTERVIEW`,
  );
  const interview = actions.items.find((a) => a.facts.some((f) => f.id === assessmentId));
  expect(interview, 'a 约谈 proposed by the scheme rule R2').toMatchObject({ status: 'PROPOSED', triggerRule: 'R2' });
  const interviewTitle = interview?.title ?? '';
  expect(interviewTitle).toContain(`${title}为不合格`);
  await nav(office).getByText('问责台账', { exact: true }).click();
  await expect(office.getByRole('heading', { name: '问责台账' })).toBeVisible();
  // Beside it, the failing target's one 整改方案 (within a month of the 通报), also proposed.
  const rows = office.getByTestId('register-row').filter({ hasText: interviewTitle });
  await expect(rows.filter({ hasText: '整改方案' }).getByTestId('action-status')).toHaveText('拟提出');
  const listed = rows.filter({ hasText: '约谈' });
  await expect(listed.getByTestId('action-status')).toHaveText('拟提出');
  await listed.getByRole('link', { name: interviewTitle }).click();
  await expect(office.getByTestId('action-detail')).toContainText('考核不合格的，约谈其主要负责人');
  await step(office, '下达');
  await expect(office.getByTestId('action-status')).toHaveText('已下达');

  // The township head finds it under 我的单位考核, waiting for the unit's answer.
  const head2 = await loginAs('linxiao', phone);
  await nav(head2).getByText('我的单位考核', { exact: true }).click();
  const mine = head2.getByTestId('unit-action').filter({ hasText: interviewTitle }).filter({ hasText: '约谈' });
  await expect(mine).toContainText('待本单位答复');
  await noSidewaysScroll(head2);
  await page.close();
});

test.afterAll(async () => {
  await serverDaysFromNow(0);
});
