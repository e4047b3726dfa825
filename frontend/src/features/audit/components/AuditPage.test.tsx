import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { renderApp } from '@/test/render';
import { AuditPage } from './AuditPage';

function entry(id: string, entityType: string, entityId: string, action: string, after: Record<string, unknown>) {
  return {
    id,
    at: '2026-11-30T02:00:00Z',
    actorSubject: 'sub-safety',
    actorName: '王 安全',
    actorOrgCode: '520102',
    entityType,
    entityId,
    action,
    before: null,
    after,
  };
}

const auditCalls = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/api/v1/audit').map((r) => new URL(r.url).searchParams);

describe('audit log', () => {
  it('labels actions and records, links to them and filters by record, actor and date', async () => {
    const api = stubApi({
      'GET /api/v1/audit': () =>
        json({
          items: [
            entry('3', 'hazard', 'hz-1', 'confirm', { code: 'YH-2026-000001' }),
            entry('2', 'org', 'org-1', 'update', { code: '520102001', name: '花果园街道' }),
            entry('1', 'attachment', 'att-1', 'upload', { fileName: '现场.jpg' }),
          ],
          nextCursor: null,
        }),
    });
    await renderApp(
      <Routes>
        <Route path="/audit" element={<AuditPage />} />
      </Routes>,
      { route: '/audit?actor=王&from=2026-11-01&to=2026-11-30' },
    );
    const hazardLink = await screen.findByRole('link', { name: 'YH-2026-000001' });
    expect(hazardLink).toHaveAttribute('href', '/hazards/hz-1');
    const hazardRow = within(hazardLink.closest('tr') as HTMLElement);
    expect(hazardRow.getByText('确认')).toBeInTheDocument();
    expect(hazardRow.getByText('隐患')).toBeInTheDocument();
    const orgLink = screen.getByRole('link', { name: '520102001' });
    expect(orgLink).toHaveAttribute('href', '/orgs/org-1');
    expect(within(orgLink.closest('tr') as HTMLElement).getByText('修改')).toBeInTheDocument();
    expect(within(screen.getByText('现场.jpg').closest('tr') as HTMLElement).getByText('上传')).toBeInTheDocument();
    expect(screen.queryByText('confirm')).not.toBeInTheDocument();

    const first = auditCalls(api.requests)[0];
    expect(first?.get('actor')).toBe('王');
    expect(first?.get('from')).toBe('2026-11-01');
    expect(first?.get('to')).toBe('2026-11-30');

    await userEvent.click(hazardRow.getByRole('button', { name: '只看此对象' }));
    expect(await screen.findByTestId('audit-record-filter')).toBeInTheDocument();
    const last = auditCalls(api.requests).at(-1);
    expect(last?.get('entityType')).toBe('hazard');
    expect(last?.get('entityId')).toBe('hz-1');
  }, 60_000);
});
