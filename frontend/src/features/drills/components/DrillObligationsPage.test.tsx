import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { drillHandlers } from '../testing/handlers';
import type { DrillObligation } from '../api/types';
import { obligationFixture } from '../testing/fixtures';
import { DrillObligationsPage } from './DrillObligationsPage';

const enterprise = meFixture(['enterprise'], { id: 'ent-1', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null });

describe('drills owed (phone)', () => {
  it("lists the enterprise's obligations, most urgent first, with the status colour, reason in words and days left", async () => {
    server.use(
      sessionHandlers.me(enterprise),
      drillHandlers.obligations('ent-1', [
        obligationFixture({ id: 'met', ruleTitle: '每年至少组织一次综合或专项应急预案演练', status: 'MET', counted: 1, daysLeft: 29, reasonZh: '2026年综合或专项演练已完成' }),
        obligationFixture({ mustReportTo: 'COUNTY_DEPARTMENT' }),
        obligationFixture({ id: 'missed', ruleTitle: '上半年现场处置方案演练', status: 'MISSED', daysLeft: 0, reasonZh: '2026年上半年现场处置方案演练未完成' }),
      ]),
    );
    const requests = recordRequests();
    await renderApp(<DrillObligationsPage />, { route: '/drills/owed' });

    const cards = await screen.findAllByTestId('drill-obligation');
    expect(cards.map((c) => c.dataset.status)).toEqual(['MISSED', 'AT_RISK', 'MET']);
    const [missed, atRisk, met] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(missed).getByTestId('obligation-status')).toHaveClass('tone-red');
    expect(within(missed).getByText('未完成')).toBeInTheDocument();
    expect(within(missed).getByText('周期已结束')).toBeInTheDocument();
    expect(within(atRisk).getByTestId('obligation-status')).toHaveClass('tone-amber');
    expect(within(atRisk).getByText('临期预警')).toBeInTheDocument();
    expect(within(atRisk).getByTestId('drill-reason')).toHaveTextContent('尚无记录；还剩29天');
    expect(within(atRisk).getByTestId('drill-days-left')).toHaveTextContent('还剩 29 天');
    expect(within(atRisk).getByText('已演练 0 / 应演练 1 次')).toBeInTheDocument();
    expect(within(atRisk).getByText('演练后须报送：县级主管部门')).toBeInTheDocument();
    expect(within(met).getByTestId('obligation-status')).toHaveClass('tone-green');
    expect(within(met).queryByTestId('drill-days-left')).not.toBeInTheDocument();
    for (const code of ['AT_RISK', 'MISSED', 'ENT_ONSITE', 'planKind', 'COUNTY_DEPARTMENT']) expect(document.body).not.toHaveTextContent(code);
    expect(requests.some((r) => new URL(r.url).searchParams.get('orgId') === 'ent-1')).toBe(true);
    expect(screen.getByRole('link', { name: '登记演练' })).toHaveAttribute('href', '/drills/new');
  });

  it("lists what the enterprise's held drills still owe after the duties, unmet ones only, with the drill and the day due", async () => {
    const followUp = (over: Record<string, unknown>) => ({
      id: 'fu-1', kind: 'EVALUATION', drillId: 'drill-1', drillTitle: '消防疏散演练', findingId: null, findingNumber: null,
      scenarioType: null, since: '2026-12-01', due: '2026-12-16', status: 'AT_RISK', daysLeft: 14, citation: '生产安全事故应急预案管理办法第三十四条',
      reasonZh: '演练“消防疏散演练”已于2026-12-01结束，须在15日内完成演练评估', reasonEn: 'evaluation due', ...over,
    }) as never;
    server.use(
      sessionHandlers.me(enterprise),
      drillHandlers.obligations('ent-1', [obligationFixture({})], '2026-12-02', [
        followUp({}),
        followUp({ id: 'fu-2', kind: 'SUMMARY', status: 'MISSED', daysLeft: 0, due: '2026-11-30', drillId: 'drill-0', drillTitle: '桌面推演' }),
        followUp({ id: 'fu-3', kind: 'REDRILL', status: 'MET' }),
      ]),
    );
    await renderApp(<DrillObligationsPage />, { route: '/drills/owed' });

    const cards = await screen.findAllByTestId('drill-follow-up');
    expect(cards.map((c) => c.dataset.status)).toEqual(['MISSED', 'AT_RISK']);
    const [summary, evaluation] = cards as [HTMLElement, HTMLElement];
    expect(within(summary).getByText('演练总结报告')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: '查看演练：桌面推演' })).toHaveAttribute('href', '/drills/drill-0');
    expect(within(evaluation).getByText('演练评估')).toBeInTheDocument();
    expect(within(evaluation).getByText('演练“消防疏散演练”已于2026-12-01结束，须在15日内完成演练评估')).toBeInTheDocument();
    expect(within(evaluation).getByTestId('follow-up-status')).toHaveClass('tone-amber');
    expect(screen.getByRole('heading', { name: '演练后续事项' })).toBeInTheDocument();
    for (const code of ['EVALUATION', 'SUMMARY', 'REDRILL', 'AT_RISK']) expect(document.body).not.toHaveTextContent(code);
  });

  it('shows each rule once after a refetch reorders periods not materialised yet (no id) among stored ones', async () => {
    // a period the daily job has not materialised has no obligation id: keyed by the id, two such cards shared one
    // key, and when the enterprise's drill moved 综合或专项 down the list the old card stayed on screen beside the new one
    const entCs = (status: DrillObligation['status']) =>
      obligationFixture({ id: null, ruleId: 'rule-cs', ruleCode: 'ENT_CS', ruleTitle: '每年至少组织一次综合或专项应急预案演练', periodType: 'YEAR', periodKey: '2026', status, counted: status === 'MET' ? 1 : 0 });
    const onsite = obligationFixture({ id: 'obl-onsite', ruleId: 'rule-onsite' });
    const keyUnit = obligationFixture({ id: null, ruleId: 'rule-key', ruleCode: 'KEY_HALF', ruleTitle: '应急重点单位每半年至少组织一次应急预案演练', status: 'MET', counted: 1 });
    server.use(sessionHandlers.me(enterprise), drillHandlers.obligations('ent-1', [entCs('AT_RISK'), onsite, keyUnit]));
    const { queryClient } = await renderApp(<DrillObligationsPage />, { route: '/drills/owed' });
    await waitFor(() => {
      expect(screen.getAllByTestId('drill-obligation')).toHaveLength(3);
    });

    server.use(drillHandlers.obligations('ent-1', [entCs('MET'), onsite, keyUnit]));
    await queryClient.invalidateQueries();
    const shown = () => screen.getAllByTestId('drill-obligation').map((c) => [c.querySelector('.duty-card-title')?.textContent, c.dataset.status]);
    await waitFor(() => {
      expect(shown()).toEqual([
        ['生产经营单位每半年至少组织一次现场处置方案演练', 'AT_RISK'],
        ['每年至少组织一次综合或专项应急预案演练', 'MET'],
        ['应急重点单位每半年至少组织一次应急预案演练', 'MET'],
      ]);
    });
  });

  it('shows the English reason in English', async () => {
    server.use(sessionHandlers.me(enterprise), drillHandlers.obligations('ent-1', [obligationFixture()]));
    await renderApp(<DrillObligationsPage />, { route: '/drills/owed', language: 'en' });
    expect(await screen.findByText('2026 H2 on-site drill owed under art. 33; none recorded; 29 days left')).toBeInTheDocument();
    expect(screen.getByText('29 days left')).toBeInTheDocument();
  });

  it('names a recipient the catalog does not know as the admin wrote it', async () => {
    server.use(sessionHandlers.me(enterprise), drillHandlers.obligations('ent-1', [obligationFixture({ mustReportTo: '南明区应急管理局' })]));
    await renderApp(<DrillObligationsPage />, { route: '/drills/owed' });
    expect(await screen.findByText('演练后须报送：南明区应急管理局')).toBeInTheDocument();
  });

  it('says when nothing is owed', async () => {
    server.use(sessionHandlers.me(enterprise), drillHandlers.obligations('ent-1', []));
    await renderApp(<DrillObligationsPage />, { route: '/drills/owed' });
    expect(await screen.findByTestId('drills-owed-empty')).toHaveTextContent('当前周期没有演练义务');
  });
});
