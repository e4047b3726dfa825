import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { dutyHandlers } from '../testing/handlers';
import { obligationFixture, ruleFixture } from '../testing/fixtures';
import { MyDutiesPage } from './MyDutiesPage';

const quarterly = ruleFixture();
const yearly = ruleFixture({ id: 'rule-2', code: 'S1-11-DRILL', title: '每年至少组织1次综合应急演练', periodType: 'YEAR' });

describe('my duties (phone)', () => {
  beforeEach(() => {
    // 2026-12-10 09:00 in Shanghai: Q4 and the year 2026 are running, Q3 is over.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-10T01:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lists the caller's unit's duties of the running periods, what needs attention first, in words and colour", async () => {
    const requests = recordRequests();
    server.use(
      sessionHandlers.me(meFixture(['leader'])),
      dutyHandlers.rules([quarterly, yearly]),
      dutyHandlers.obligations([
        obligationFixture({ id: 'ob-met', ruleId: 'rule-2', ruleCode: 'S1-11-DRILL', periodKey: '2026', periodFirst: '2026-01-01', counted: 1, status: 'MET' }),
        obligationFixture({ id: 'ob-risk', status: 'AT_RISK' }),
        obligationFixture({ id: 'ob-q3', periodKey: '2026-Q3', periodFirst: '2026-07-01', periodLast: '2026-09-30', status: 'MISSED' }),
        obligationFixture({ id: 'ob-other', subjectId: 'org-other', status: 'AT_RISK' }),
      ]),
    );
    await renderApp(<MyDutiesPage />);

    const attention = await screen.findByTestId('duties-attention');
    const risky = within(attention).getByTestId('duty-card');
    expect(risky).toHaveAttribute('data-status', 'AT_RISK');
    expect(within(risky).getByText('部门主要负责人每季度至少带队检查1次')).toBeInTheDocument();
    expect(within(risky).getByTestId('obligation-status')).toHaveTextContent('临期预警');
    expect(within(risky).getByTestId('obligation-status')).toHaveClass('tone-amber');
    expect(risky).toHaveTextContent('已完成 0 / 要求 1');
    expect(risky).toHaveTextContent('周期 2026-Q4，截止 2026-12-31 · 还剩 21 天');

    const current = screen.getByTestId('duties-current');
    const met = within(current).getByTestId('duty-card');
    expect(met).toHaveTextContent('每年至少组织1次综合应急演练');
    expect(within(met).getByTestId('obligation-status')).toHaveTextContent('已完成');
    expect(within(met).getByTestId('obligation-status')).toHaveClass('tone-green');
    expect(met).not.toHaveTextContent('还剩');

    // Q3 is over and another unit's duty is not the caller's.
    expect(screen.getAllByTestId('duty-card')).toHaveLength(2);
    const asked = requests.filter((r) => new URL(r.url).pathname === '/api/v1/obligations');
    expect(new URL(asked[0]?.url ?? '').searchParams.get('subjectId')).toBe('org-nanming');
    // No raw codes on screen.
    expect(document.body).not.toHaveTextContent('AT_RISK');
  });

  it('says so when nothing is owed in the running periods', async () => {
    server.use(sessionHandlers.me(meFixture(['leader'])), dutyHandlers.rules([]), dutyHandlers.obligations([]));
    await renderApp(<MyDutiesPage />);
    expect(await screen.findByTestId('duties-empty')).toHaveTextContent('今天所在的周期内没有需要履行的职责。');
  });
});
