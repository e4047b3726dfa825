import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { accidentHandlers } from '../testing/handlers';
import { accidentEventFixture, accidentFixture } from '../testing/fixtures';
import { AccidentDetailPage } from './AccidentDetailPage';

describe('accident detail', () => {
  it('shows the level with the figures that reach it, the flags and each correction in words', async () => {
    const accident = accidentFixture({ level: 'LARGER', reportingIssues: ['LATE', 'CONCEALED'], liability: true });
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      sessionHandlers.industries(),
      ...orgNameHandlers([
        { id: 'org-hgy', name: '花果园街道', code: '520102001' },
        { id: 'ent-1', name: '贵州黔城建设工程有限公司', code: '91520102001004484X' },
      ]),
      accidentHandlers.detail(accident),
      accidentHandlers.history(accident.id, [
        accidentEventFixture(),
        accidentEventFixture({
          seq: 2,
          action: 'CORRECT',
          reason: '伤亡人数补报',
          data: { deaths: { from: 2, to: 3 }, level: { from: 'GENERAL', to: 'LARGER' }, reportingIssues: { from: [], to: ['LATE'] } },
        }),
      ]),
    );
    await renderApp(
      <Routes>
        <Route path="/accidents/:id" element={<AccidentDetailPage />} />
      </Routes>,
      { route: `/accidents/${accident.id}` },
    );
    expect(await screen.findByRole('heading', { name: '塔吊倒塌事故' })).toBeInTheDocument();
    expect(screen.getAllByText('较大事故').length).toBeGreaterThan(0);
    expect(screen.getByText('（依据：死亡人数）')).toBeInTheDocument();
    expect(screen.getByText('责任事故')).toBeInTheDocument();
    expect(await screen.findByText('贵州黔城建设工程有限公司')).toBeInTheDocument();
    const history = screen.getByTestId('accident-history');
    expect(within(history).getByText('伤亡人数补报')).toBeInTheDocument();
    expect(within(history).getByText(/死亡人数: 2 → 3/)).toBeInTheDocument();
    expect(within(history).getByText(/事故等级: 一般事故 → 较大事故/)).toBeInTheDocument();
    expect(within(history).getByText(/报告情况: 无 → 迟报/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '更正' })).toBeInTheDocument();
    for (const code of ['LARGER', 'GENERAL', 'LATE', 'CONCEALED', 'DEATHS']) expect(document.body).not.toHaveTextContent(code);
  });
});
