import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paste } from '@/test/input';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { orgNameHandlers, sessionHandlers } from '@/test/handlers';
import { json, problem } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { accidentHandlers } from '../testing/handlers';
import { accidentEventFixture, accidentFixture } from '../testing/fixtures';
import { AccidentFormPage } from './AccidentFormPage';

const orgs = [{ id: 'org-hgy', name: '花果园街道', code: '520102001' }];

function routes() {
  return (
    <Routes>
      <Route path="/accidents/new" element={<AccidentFormPage />} />
      <Route path="/accidents/:id/edit" element={<AccidentFormPage />} />
      <Route path="/accidents/:id" element={<p>detail page</p>} />
    </Routes>
  );
}

describe('accident entry and correction', () => {
  it('enters an accident with an Idempotency-Key and the figures, then opens it', async () => {
    let body: Record<string, unknown> | undefined;
    let key: string | null = null;
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      sessionHandlers.industries(),
      ...orgNameHandlers(orgs),
      http.post('/api/v1/accidents', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        key = request.headers.get('Idempotency-Key');
        return json(accidentFixture({ id: 'acc-9' }), { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    await renderApp(routes(), { route: '/accidents/new' });
    await paste(await screen.findByRole('textbox', { name: '事故名称' }), '脚手架坍塌');
    await paste(screen.getByRole('textbox', { name: '发生时间' }), '2026-03-03 10:00');
    // The picker's OK takes the typed time (Enter would submit the form).
    await userEvent.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await userEvent.click(screen.getByRole('combobox', { name: '属地' }));
    await userEvent.click(await screen.findByTitle('花果园街道'));
    const deaths = screen.getByRole('spinbutton', { name: '死亡人数' });
    await userEvent.clear(deaths);
    await paste(deaths, '1');
    await userEvent.click(screen.getByRole('checkbox', { name: '瞒报' }));
    await userEvent.click(screen.getByRole('button', { name: '登记' }));

    expect(await screen.findByText('detail page')).toBeInTheDocument();
    expect(key).toBeTruthy();
    expect(body).toMatchObject({ title: '脚手架坍塌', territoryId: 'org-hgy', deaths: 1, seriousInjuries: 0, reportingIssues: ['CONCEALED'] });
    expect(String(body?.occurredAt)).toMatch(/^2026-03-03T10:00:00/);
    expect(body).not.toHaveProperty('liability');
  }, 120_000);

  it('corrects with If-Match and a reason; a stale version asks to reload', async () => {
    const accident = accidentFixture({ version: 4 });
    let ifMatch: string | null = null;
    let body: Record<string, unknown> | undefined;
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      sessionHandlers.industries(),
      ...orgNameHandlers(orgs),
      accidentHandlers.detail(accident),
      accidentHandlers.history(accident.id, [accidentEventFixture()]),
      http.put(`/api/v1/accidents/${accident.id}`, async ({ request }) => {
        ifMatch = request.headers.get('If-Match');
        body = (await request.json()) as Record<string, unknown>;
        return problem(412, { title: 'Precondition Failed', detail: 'stale' });
      }),
    );
    await renderApp(routes(), { route: `/accidents/${accident.id}/edit` });
    expect(await screen.findByText('更正事故 SG-2026-000001')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '提交更正' }));
    expect(await screen.findByText('请填写更正原因')).toBeInTheDocument();
    await paste(screen.getByPlaceholderText('如：伤亡人数补报'), '伤亡人数补报');
    await userEvent.click(screen.getByRole('button', { name: '提交更正' }));
    expect(await screen.findByText('该事故已被他人更正')).toBeInTheDocument();
    await waitFor(() => {
      expect(ifMatch).toBe('"4"');
    });
    expect(body).toMatchObject({ reason: '伤亡人数补报', deaths: 3, reportingIssues: ['LATE'], enterpriseId: 'ent-1' });
  }, 120_000);
});
