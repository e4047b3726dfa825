import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { dutyHandlers } from '../testing/handlers';
import { ruleFixture } from '../testing/fixtures';
import { RequirementRulesPage } from './RequirementRulesPage';

describe('requirement rules (desk)', () => {
  it('shows each rule with its selector, period, level and citation in words, and filters by text', async () => {
    server.use(
      sessionHandlers.me(meFixture(['admin'])),
      sessionHandlers.industries(),
      dutyHandlers.rules([
        ruleFixture(),
        ruleFixture({
          id: 'rule-2',
          code: 'ERR-8-KEY-HALF',
          title: '应急重点单位每半年至少演练1次',
          capability: 'DRILL',
          appliesTo: { orgKinds: ['ENTERPRISE'], industries: ['CONSTRUCTION'], highRisk: true } as never,
          periodType: 'HALF_YEAR',
          jurisdiction: 'NATIONAL',
          citation: 'ERR 8',
        }),
      ]),
    );
    await renderApp(<RequirementRulesPage />);

    const row = (await screen.findByText('应急重点单位每半年至少演练1次')).closest('tr');
    if (!row) throw new Error('no row');
    for (const text of ['应急演练', '建筑施工', '高危企业', '每半年', '国家', 'ERR 8', '2026-01-01 – 至今']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    expect(screen.getByText('每季度')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('HALF_YEAR');

    await userEvent.type(screen.getByRole('searchbox', { name: '按编号、名称或依据搜索' }), 'S1 §4');
    expect(screen.queryByText('应急重点单位每半年至少演练1次')).not.toBeInTheDocument();
    expect(screen.getByText('部门主要负责人每季度至少带队检查1次')).toBeInTheDocument();
  });
});
