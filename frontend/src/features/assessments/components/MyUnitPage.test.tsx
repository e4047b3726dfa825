import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountabilityHandlers } from '../testing/accountability';
import { actionFixture } from '../testing/accountability';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { outlookHandlers, projectionFixture, townshipId, unitAssessmentFixture, warningFixture } from '../testing/fixtures';
import { MyUnitPage } from './MyUnitPage';

const leader = { ...meFixture(['leader'], { id: townshipId, name: '花果园街道', regionLevel: 'TOWNSHIP' }), name: '林 晓' };

describe('my unit (leader)', () => {
  it('shows the provisional total and grade, the items that can still move with the points at stake, and the warnings', async () => {
    server.use(
      sessionHandlers.me(leader),
      outlookHandlers.mine([unitAssessmentFixture()]),
      outlookHandlers.projection(
        projectionFixture({
          warnings: [
            warningFixture(),
            warningFixture({ kind: 'OVERDUE_MAJOR_HAZARD', level: 'EXCEEDED', message: '重大事故隐患 YH-0007 逾期 12 天未整改', hazardId: 'hz-7', hazardCode: 'YH-0007', controlMetric: null }),
          ],
        }),
      ),
      accountabilityHandlers.list([]),
    );
    await renderApp(<MyUnitPage />, { route: '/my-unit' });

    const projection = await screen.findByTestId('unit-projection');
    expect(within(projection).getByTestId('projection-total')).toHaveTextContent('78.5');
    expect(within(projection).getByTestId('projection-grade')).toHaveTextContent('合格');
    expect(projection).toHaveTextContent('距上一等次还差 1.5 分');
    expect(screen.getByText('2026年度乡镇（街道）安全生产工作考核 · 全年 2026')).toBeInTheDocument();

    // the items that can still move, most points at stake first; the settled one is left out
    const moving = screen.getAllByTestId('moving-item');
    expect(moving).toHaveLength(2);
    expect(moving[0]).toHaveTextContent('1.2 责任清单签订');
    expect(moving[0]).toHaveTextContent('可争取 16 分，可能失去 24 分');
    expect(moving[0]).toHaveTextContent('随实时数据变动');
    expect(moving[1]).toHaveTextContent('1.1 安委会会议');
    expect(screen.getByTestId('unit-moving')).not.toHaveTextContent('宣传教育');

    const warnings = screen.getAllByTestId('unit-warning');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toHaveTextContent('事故起数已达控制指标 10 的 80%');
    expect(within(warnings[1] as HTMLElement).getByRole('link', { name: 'YH-0007' })).toHaveAttribute('href', '/hazards/hz-7');
    expect(screen.getByText('没有待办的问责事项')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('OVERDUE_MAJOR_HAZARD');
  });

  it('without an assessment says so and still shows the warnings (from /veto-warnings) and what to act on', async () => {
    const requests = recordRequests();
    server.use(
      sessionHandlers.me(leader),
      outlookHandlers.mine([]),
      outlookHandlers.warnings([warningFixture({ message: '死亡人数已达控制指标 2 的 100%', level: 'EXCEEDED', controlMetric: 'ACC_DEATHS' })]),
      accountabilityHandlers.list([
        actionFixture({ id: 'a-issued', status: 'ISSUED', dueOn: '2026-12-20', allowedActions: ['RESPOND'] }),
        actionFixture({ id: 'a-overdue', type: 'RECTIFICATION_PLAN', title: '花果园街道限期整改', status: 'ISSUED', dueOn: '2026-11-30', overdue: true, targetPersons: [] }),
        actionFixture({ id: 'a-responded', type: 'EXPLANATION', title: '说明情况', status: 'RESPONDED', dueOn: null }),
        actionFixture({ id: 'a-proposed', type: 'CIRCULAR_CRITICISM', title: '通报批评', status: 'PROPOSED', dueOn: '2027-01-10' }),
      ]),
    );
    await renderApp(<MyUnitPage />, { route: '/my-unit' });

    expect(await screen.findByText('本单位当前没有考核，暂无预测得分')).toBeInTheDocument();
    expect(screen.queryByTestId('unit-projection')).not.toBeInTheDocument();
    expect(await screen.findByText('死亡人数已达控制指标 2 的 100%')).toBeInTheDocument();

    const rows = await screen.findAllByTestId('unit-action');
    // by due day, the undated last; the office's proposal (拟提出) is not the unit's to act on until it is issued
    expect(rows.map((r) => r.dataset.status)).toEqual(['ISSUED', 'ISSUED', 'RESPONDED']);
    expect(screen.queryByText('通报批评')).not.toBeInTheDocument();
    const [overdue, issued, responded] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(overdue).toHaveTextContent('已逾期');
    expect(overdue).toHaveTextContent('2026-11-30 前办结');
    expect(within(overdue).getByRole('link', { name: '花果园街道限期整改' })).toHaveAttribute('href', '/accountability/a-overdue');
    expect(issued).toHaveTextContent('待本单位答复');
    expect(issued).toHaveTextContent('点名本人');
    expect(responded).toHaveTextContent('未定期限');

    const asked = requests.map((r) => new URL(r.url)).find((u) => u.pathname === '/api/v1/accountability-actions');
    expect(Object.fromEntries(asked?.searchParams ?? [])).toMatchObject({ targetOrgId: townshipId, open: 'true' });
  });

  it('lets the leader switch between the unit assessments', async () => {
    const half = { ...unitAssessmentFixture({ id: 'a-half' }), schemeTitle: '2026上半年考核', period: 'FIRST_HALF' as const };
    server.use(
      sessionHandlers.me(leader),
      outlookHandlers.mine([unitAssessmentFixture(), half]),
      outlookHandlers.projection(projectionFixture()),
      outlookHandlers.projection(projectionFixture({ assessmentId: 'a-half', total: 91, gradeLabel: '优秀', nextGrade: null, pointsToNextGrade: null })),
      accountabilityHandlers.list([]),
    );
    await renderApp(<MyUnitPage />, { route: '/my-unit' });
    expect(await screen.findByTestId('projection-total')).toHaveTextContent('78.5');
    await userEvent.click(screen.getByRole('combobox', { name: '选择考核' }));
    await userEvent.click(await screen.findByText('2026上半年考核 · 上半年 2026'));
    expect(await screen.findByText('已处最高等次。', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('projection-total')).toHaveTextContent('91');
  });
});
