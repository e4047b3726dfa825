import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { captureDownloads } from '@/test/downloads';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { recordRequests, server } from '@/test/server';
import { dutyHandlers, listHandlers } from '../testing/handlers';
import { listFixture, myDutyFixture, postFixture } from '../testing/fixtures';
import { MyDutiesPage } from './MyDutiesPage';

const township = meFixture(['leader'], { id: 'org-hgy', name: '花果园街道' });

describe('my duties (phone)', () => {
  it('shows what needs attention first, each duty in words and its 三色, whose it is and until when', async () => {
    server.use(
      sessionHandlers.me({ ...township, username: 'linxiao' }),
      dutyHandlers.myDuties([
        myDutyFixture({ obligationId: 'ob-risk', status: 'AT_RISK' }),
        myDutyFixture({ obligationId: 'ob-met', title: '每年至少组织1次综合应急演练', subjectKind: 'ORG', subjectName: '花果园街道', periodKey: '2026', counted: 1, status: 'MET', daysLeft: 21 }),
      ]),
    );
    await renderApp(<MyDutiesPage />);

    const risky = within(await screen.findByTestId('duties-attention')).getByTestId('duty-card');
    expect(risky).toHaveTextContent('每季度至少带队检查1次');
    expect(risky).toHaveTextContent('花果园街道 街道办事处主任');
    expect(within(risky).getByTestId('obligation-status')).toHaveTextContent('临期预警');
    expect(within(risky).getByTestId('obligation-status')).toHaveClass('tone-amber');
    expect(risky).toHaveTextContent('已完成 0 / 要求 1');
    expect(risky).toHaveTextContent('周期 2026-Q4，截止 2026-12-31 · 还剩 21 天');

    const met = within(screen.getByTestId('duties-current')).getByTestId('duty-card');
    expect(within(met).getByTestId('obligation-status')).toHaveTextContent('已完成');
    expect(within(met).getByTestId('obligation-status')).toHaveClass('tone-green');
    expect(met).not.toHaveTextContent('还剩');
    expect(screen.getByText('花果园街道 · 今天 2026-12-10')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('AT_RISK');
  });

  it('says so when nothing is owed, and downloads the caller’s dossier with the bearer token', async () => {
    const requests = recordRequests();
    const saved = captureDownloads();
    server.use(
      sessionHandlers.me({ ...township, username: 'linxiao' }),
      dutyHandlers.myDuties([]),
      http.get('/api/v1/duty-reports/dossier.pdf', () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } })),
    );
    await renderApp(<MyDutiesPage />);
    expect(await screen.findByTestId('duties-empty')).toHaveTextContent('今天所在的周期内没有需要履行的职责。');

    await userEvent.click(screen.getByRole('button', { name: '下载我的履职档案' }));
    await expect.poll(() => saved.map((f) => f.name)).toEqual(['履职档案-2026.pdf']);
    const asked = requests.find((r) => new URL(r.url).pathname === '/api/v1/duty-reports/dossier.pdf');
    expect(new URL(asked?.url ?? 'http://x').searchParams.get('personRef')).toBe('linxiao');
    expect(asked?.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('lists the lists of the posts the caller holds, the one waiting for the signature saying so', async () => {
    server.use(
      sessionHandlers.me({ ...township, username: 'linxiao' }),
      dutyHandlers.myDuties([]),
      listHandlers.posts([postFixture(), postFixture({ id: 'post-other', title: '街道党工委书记', holder: null })]),
      listHandlers.lists([listFixture(), listFixture({ id: 'list-old', status: 'SUPERSEDED', title: '旧版清单' })]),
    );
    await renderApp(<MyDutiesPage />);
    const section = await screen.findByTestId('my-lists');
    expect(section).toHaveTextContent('本人岗位：花果园街道 街道办事处主任');
    expect(section).not.toHaveTextContent('街道党工委书记');
    const mine = await within(section).findByTestId('my-list');
    expect(within(mine).getByRole('link', { name: '花果园街道2026年度安全生产责任清单' })).toHaveAttribute('href', '/duties/lists/list-1');
    expect(mine).toHaveTextContent('已印发，待您签订');
    expect(section).not.toHaveTextContent('旧版清单');
  });

  it('offers 记录履职 on a duty item of a list to a caller who may record, not on a rule of the unit', async () => {
    server.use(
      sessionHandlers.me({ ...township, username: 'linxiao', capabilities: ['RECORD_FULFILMENT'] }),
      dutyHandlers.myDuties([
        myDutyFixture({ obligationId: 'ob-item', title: '每季度至少带队开展1次安全生产检查', ruleCode: null, dutyItemId: 'item-1', listId: 'list-1' }),
        myDutyFixture({ obligationId: 'ob-rule', title: '每年至少组织1次综合应急演练', subjectKind: 'ORG', subjectName: '花果园街道' }),
      ]),
    );
    await renderApp(<MyDutiesPage />);
    const [item, rule] = await screen.findAllByTestId('duty-card');
    expect(within(item as HTMLElement).getByRole('link', { name: '记录履职' })).toHaveAttribute('href', '/duties/lists/list-1/record/item-1');
    expect(within(rule as HTMLElement).queryByRole('link', { name: '记录履职' })).not.toBeInTheDocument();
  });

  it('offers no dossier to a role the dossier route refuses', async () => {
    server.use(sessionHandlers.me(meFixture(['inspector'])), dutyHandlers.myDuties([]));
    await renderApp(<MyDutiesPage />);
    expect(await screen.findByTestId('duties-empty')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下载我的履职档案' })).not.toBeInTheDocument();
  });
});
