import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { captureDownloads } from '@/test/downloads';
import { DrillCoveragePage } from './DrillCoveragePage';

const counts = (red: number, yellow: number, green: number) => ({ red, yellow, green, missed: red, atRisk: yellow, open: 1, met: green });
const township = { id: 'org-hgy', code: '520102001', name: '花果园街道', kind: 'REGION' as const };

describe('drill coverage', () => {
  it('shows red, yellow and green per child with the debts in words, filtered by key units, and downloads the ledger', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      sessionHandlers.industries(),
      http.get('/api/v1/drill-coverage', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return json({ orgId: 'org-nanming', on: '2026-12-02', children: [{ org: township, counts: counts(2, 1, 5) }], own: counts(0, 0, 1), others: null, total: counts(2, 1, 6) });
      }),
      http.get('/api/v1/drill-coverage/debts', () =>
        json({
          items: [
            {
              obligationId: 'obl-1',
              org: { id: 'ent-1', code: '91520102001004484X', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' },
              industry: null,
              emergencyKeyUnit: true,
              ruleCode: 'KEY_HALF',
              status: 'AT_RISK',
              periodKey: '2026-H2',
              periodFirst: '2026-07-01',
              periodLast: '2026-12-31',
              required: 1,
              counted: 0,
              daysLeft: 29,
              mustReportTo: '南明区应急管理局',
              citation: '突发事件应对法 第8条',
              reasonZh: '2026年下半年应急重点单位演练尚无记录；还剩29天',
              reasonEn: '2026 H2 key-unit drill: none recorded; 29 days left',
            },
          ],
          nextCursor: null,
        }),
      ),
      http.get('/api/v1/drill-coverage/ledger.xlsx', () => new Response(new Uint8Array([0x50, 0x4b]), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })),
    );
    const downloads = captureDownloads();
    await renderApp(<DrillCoveragePage />, { route: '/drills/coverage' });
    const row = (await screen.findAllByTestId('coverage-row')).find((r) => r.dataset.key === 'org-hgy');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('花果园街道')).toBeInTheDocument();
    expect(within(row).getByText('红 2')).toBeInTheDocument();
    expect(within(row).getByText('黄 1')).toBeInTheDocument();
    expect(within(row).getByText('绿 5')).toBeInTheDocument();
    const debt = await screen.findByTestId('drill-debt');
    expect(debt).toHaveTextContent('2026年下半年应急重点单位演练尚无记录；还剩29天');
    expect(within(debt).getByTestId('debt-days-left')).toHaveTextContent('还剩 29 天');
    expect(debt).toHaveTextContent('临期预警');
    expect(debt).toHaveTextContent('应急重点单位');
    for (const code of ['AT_RISK', 'KEY_HALF']) expect(document.body).not.toHaveTextContent(code);

    await userEvent.click(screen.getByText('应急重点单位', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => {
      expect(asked.at(-1)?.get('emergencyKeyUnit')).toBe('true');
    });
    expect(asked.at(-1)?.get('orgId')).toBe('org-nanming');

    await userEvent.click(screen.getByRole('button', { name: /下载演练台账/ }));
    await waitFor(() => {
      expect(downloads).toHaveLength(1);
    });
    expect(downloads[0]?.name).toMatch(/^演练台账_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
  }, 120_000);

  it('lists the plans and scenario types not drilled in three years, per org, in Chinese', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      sessionHandlers.industries(),
      http.get('/api/v1/drill-coverage', () => json({ orgId: 'org-nanming', on: '2026-12-02', children: [], own: counts(0, 0, 0), others: null, total: counts(0, 0, 0) })),
      http.get('/api/v1/drill-coverage/debts', () => json({ items: [], nextCursor: null })),
      http.get('/api/v1/drill-coverage/scenarios', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return json({
          orgId: 'org-nanming',
          on: '2026-12-02',
          since: '2023-12-03',
          scenarios: [
            { scenarioType: '坍塌', plans: 1, lastDrilledOn: '2023-05-09' },
            { scenarioType: '中毒', plans: 2, lastDrilledOn: null },
          ],
          plans: [
            {
              planId: 'plan-9',
              org: { id: 'ent-1', code: '91520102001004484X', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' },
              kind: 'SPECIAL',
              title: '有限空间中毒专项预案',
              scenarioTypes: ['中毒'],
              lastDrilledOn: null,
            },
            {
              planId: 'plan-8',
              org: { id: 'ent-2', code: '91520102001004485X', name: '南明区花果园商场', kind: 'ENTERPRISE' },
              kind: 'ONSITE',
              title: '坍塌现场处置方案',
              scenarioTypes: ['坍塌'],
              lastDrilledOn: '2023-05-09',
            },
          ],
          nextCursor: null,
        });
      }),
    );
    await renderApp(<DrillCoveragePage />, { route: '/drills/coverage' });
    await userEvent.click(await screen.findByRole('tab', { name: '预案与场景覆盖' }));

    const plans = await screen.findAllByTestId('plan-gap');
    expect(plans).toHaveLength(2);
    const [never, old] = plans as [HTMLElement, HTMLElement];
    expect(never).toHaveTextContent('有限空间中毒专项预案（专项应急预案）');
    expect(never).toHaveTextContent('贵州黔城建设工程有限公司');
    expect(within(never).getByTestId('plan-gap-last')).toHaveTextContent('从未演练');
    expect(old).toHaveTextContent('坍塌现场处置方案（现场处置方案）');
    expect(old).toHaveTextContent('南明区花果园商场');
    expect(within(old).getByTestId('plan-gap-last')).toHaveTextContent('上次演练 2023-05-09');
    const types = screen.getAllByTestId('scenario-gap').map((t) => t.textContent);
    expect(types).toEqual(['坍塌 · 1 个预案 · 上次演练 2023-05-09', '中毒 · 2 个预案 · 从未演练']);
    expect(screen.getByTestId('scenario-coverage')).toHaveTextContent('2023-12-03 至 2026-12-02 三年内未演练的预案和场景');
    expect(asked[0]?.get('orgId')).toBe('org-nanming');
    for (const code of ['SPECIAL', 'ONSITE']) expect(document.body).not.toHaveTextContent(code);
  }, 120_000);
});
