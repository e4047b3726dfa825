import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';

const withSpotChecks = (role: string) => {
  const me = meFixture([role]);
  return { ...me, capabilities: [...me.capabilities, 'MANAGE_SPOT_CHECKS' as const, 'ACT_ON_SPOT_CHECKS' as const] };
};
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { captureDownloads } from '@/test/downloads';
import { KeyUnitReportsPage } from './KeyUnitReportsPage';
import { SpotCheckOnSitePage } from './SpotCheckOnSitePage';
import { SpotChecksPage } from './SpotChecksPage';

const bureau = { id: 'org-bureau', code: '11520102001002550X', name: '南明区住房和城乡建设局', kind: 'DEPARTMENT' as const };
const unit = { id: 'ent-1', code: '91520102001004484X', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' as const };

const check = {
  id: 'sc-1',
  code: 'CC2026000001',
  regulator: bureau,
  target: unit,
  drillId: null,
  drillTitle: null,
  period: '2026-H2',
  unannounced: true,
  plannedOn: null,
  checkedOn: '2026-11-20',
  checkedBy: '王检查',
  status: 'DONE' as const,
  result: 'NONCOMPLIANT' as const,
  findings: '下半年未开展现场处置方案演练',
  correctionDeadline: null,
  correctionOrder: null,
  overdue: false,
  response: null,
  respondedAt: null,
  cancelReason: null,
  accountabilityActionId: null,
  version: 1,
  createdAt: '2026-11-20T02:00:00Z',
  allowedActions: ['ORDER_CORRECTION' as const],
  files: [],
  attachableKinds: ['SITE_PHOTO' as const, 'CORRECTION_ORDER' as const],
};

const sitePhoto = {
  id: 'f-1',
  fileName: '现场检查1.jpg',
  contentType: 'image/jpeg',
  size: 2,
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-11-20T02:00:00Z',
  ownerType: 'drill-spot-check',
  ownerId: 'sc-1',
  purpose: 'SITE_PHOTO',
};

describe('drill spot checks', () => {
  it('lists the register in words, filters it, orders a correction from the detail and downloads the register', async () => {
    const asked: URLSearchParams[] = [];
    const sent: unknown[] = [];
    server.use(
      sessionHandlers.me(withSpotChecks('department')),
      http.get('/api/v1/drill-spot-checks', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return json({ items: [check], nextCursor: null });
      }),
      http.get('/api/v1/drill-spot-checks/sc-1', () => json(check)),
      http.get('/api/v1/drill-spot-checks/sc-1/history', () =>
        json({ items: [{ seq: 1, at: '2026-11-20T02:00:00Z', actor: '王检查', action: 'RECORD_RESULT', fromState: 'PLANNED', toState: 'DONE', comment: null, data: null }] }),
      ),
      http.post('/api/v1/drill-spot-checks/sc-1/transitions', async ({ request }) => {
        const body = await request.json();
        sent.push(body);
        return json({ ...check, status: 'CORRECTION_ORDERED', correctionDeadline: '2026-12-31', allowedActions: [] });
      }),
      http.get('/api/v1/drill-spot-checks/register.xlsx', () =>
        new Response(new Uint8Array([0x50, 0x4b]), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
      ),
    );
    const downloads = captureDownloads();
    await renderApp(<SpotChecksPage />, { route: '/drill-spot-checks' });
    const row = await screen.findByTestId('spot-check-row');
    expect(row).toHaveTextContent('贵州黔城建设工程有限公司');
    expect(row).toHaveTextContent('2026年下半年');
    expect(row).toHaveTextContent('不符合要求');
    expect(row).toHaveTextContent('已检查');
    expect(row).toHaveTextContent('突袭');
    for (const code of ['NONCOMPLIANT', 'DONE', '2026-H2']) expect(document.body).not.toHaveTextContent(code);
    expect(screen.getByRole('button', { name: /新建抽查/ })).toBeInTheDocument();

    await userEvent.click(screen.getByText('仅看突袭抽查'));
    await waitFor(() => {
      expect(asked.at(-1)?.get('unannounced')).toBe('true');
    });

    await userEvent.click(within(await screen.findByTestId('spot-check-row')).getByText('贵州黔城建设工程有限公司'));
    const detail = await screen.findByTestId('spot-check-detail');
    expect(detail).toHaveTextContent('下半年未开展现场处置方案演练');
    await userEvent.click(within(await screen.findByTestId('spot-check-actions')).getByRole('button', { name: '责令限期改正' }));
    await userEvent.type(await screen.findByLabelText('责令改正内容'), '限期补做演练');
    await userEvent.click(screen.getByRole('button', { name: /确\s*定/ }));
    expect(await screen.findByText('请填写此项')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: /下载抽查台账/ }));
    await waitFor(() => {
      expect(downloads).toHaveLength(1);
    });
    expect(downloads[0]?.name).toBe('演练抽查台账.xlsx');
  }, 120_000);

  it("lists the detail's files by kind in words, downloads one and attaches the correction order's scan", async () => {
    const attached: unknown[] = [];
    const order = { ...sitePhoto, id: 'f-2', fileName: '责令改正指令书.pdf', contentType: 'application/pdf', purpose: 'CORRECTION_ORDER' };
    const withPhoto = { ...check, files: [sitePhoto] };
    let current = withPhoto;
    server.use(
      sessionHandlers.me(withSpotChecks('department')),
      http.get('/api/v1/drill-spot-checks', () => json({ items: [current], nextCursor: null })),
      http.get('/api/v1/drill-spot-checks/sc-1', () => json(current)),
      http.get('/api/v1/drill-spot-checks/sc-1/history', () => json({ items: [] })),
      http.get('/api/v1/attachments/f-1/content', () => new Response(new Uint8Array([0xff, 0xd8]), { headers: { 'Content-Type': 'image/jpeg' } })),
      http.post('/api/v1/attachments', () => json({ ...order, ownerType: null, ownerId: null, purpose: null }, { status: 201 })),
      http.post('/api/v1/drill-spot-checks/sc-1/files', async ({ request }) => {
        attached.push(await request.json());
        current = { ...withPhoto, files: [sitePhoto, order] };
        return json(current);
      }),
    );
    const downloads = captureDownloads();
    await renderApp(<SpotChecksPage />, { route: '/drill-spot-checks' });
    await userEvent.click(within(await screen.findByTestId('spot-check-row')).getByText('贵州黔城建设工程有限公司'));
    const files = await within(await screen.findByTestId('spot-check-detail')).findByTestId('spot-check-files');
    const kinds = within(files).getAllByTestId('spot-check-file-kind');
    expect(kinds.map((k) => k.dataset.kind)).toEqual(['SITE_PHOTO', 'CORRECTION_ORDER']);
    expect(kinds[0]).toHaveTextContent('现场照片');
    expect(kinds[0]).toHaveTextContent('现场检查1.jpg');
    expect(kinds[1]).toHaveTextContent('责令改正指令书');
    expect(kinds[1]).toHaveTextContent('暂无');
    for (const code of ['SITE_PHOTO', 'CORRECTION_ORDER', 'CORRECTION_PROOF']) expect(files).not.toHaveTextContent(code);

    await userEvent.click(within(kinds[0] as HTMLElement).getByRole('button', { name: /现场检查1\.jpg/ }));
    await waitFor(() => {
      expect(downloads.map((d) => d.name)).toEqual(['现场检查1.jpg']);
    });

    await userEvent.upload(within(files).getByLabelText('上传 责令改正指令书'), new File(['%PDF-1.4'], '责令改正指令书.pdf', { type: 'application/pdf' }));
    await waitFor(() => {
      expect(attached).toEqual([{ kind: 'CORRECTION_ORDER', attachmentIds: ['f-2'] }]);
    });
    expect(await within(files).findByRole('button', { name: /责令改正指令书\.pdf/ })).toBeInTheDocument();
  }, 120_000);

  it('shows each key unit with its report status in words and days, and downloads the yearly supervision summary', async () => {
    const summaryAsked: (string | null)[] = [];
    server.use(
      sessionHandlers.me(withSpotChecks('department')),
      http.get('/api/v1/drill-coverage/supervision-summary.xlsx', ({ request }) => {
        summaryAsked.push(new URL(request.url).searchParams.get('year'));
        return new Response(new Uint8Array([0x50, 0x4b]), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
      }),
      http.get('/api/v1/drill-coverage/key-unit-reports', ({ request }) =>
        json({
          half: new URL(request.url).searchParams.get('half'),
          first: '2026-07-01',
          last: '2026-12-31',
          reportDays: 15,
          items: [
            { org: { ...unit, id: 'ent-2', name: '南明商场' }, industry: null, emergencyKeyCategory: 'MALL', status: 'NO_DRILL', days: null, drills: [] },
            {
              org: unit,
              industry: 'CONSTRUCTION',
              emergencyKeyCategory: 'CONSTRUCTION',
              status: 'LATE',
              days: 20,
              drills: [{ id: 'd-1', title: '坍塌事故演练', conductedOn: '2026-10-01', actualEnd: null, reportedToRegulatorAt: '2026-10-21T02:00:00Z', status: 'LATE', days: 20 }],
            },
          ],
        }),
      ),
    );
    await renderApp(<KeyUnitReportsPage />, { route: '/drills/key-unit-reports' });
    const rows = await screen.findAllByTestId('key-unit-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('南明商场');
    expect(rows[0]).toHaveTextContent('未开展演练');
    expect(rows[1]).toHaveTextContent('坍塌事故演练');
    expect(rows[1]).toHaveTextContent('逾期报送');
    expect(rows[1]).toHaveTextContent('演练结束后 20 天报送');
    expect(rows[1]).toHaveTextContent('2026-10-21');
    for (const code of ['NO_DRILL', 'LATE', 'MALL']) expect(document.body).not.toHaveTextContent(code);

    const downloads = captureDownloads();
    const year = new Date().getFullYear();
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`下载${String(year)}年度监管汇总`) }));
    await waitFor(() => {
      expect(downloads.map((d) => d.name)).toEqual([`${String(year)}年度应急预案与演练监管汇总.xlsx`]);
    });
    expect(summaryAsked).toEqual([String(year)]);
  }, 60_000);

  it('lets an inspector record an unannounced check on site with its photos, asking for findings when non-compliant', async () => {
    const sent: Record<string, unknown>[] = [];
    const attached: unknown[] = [];
    server.use(
      sessionHandlers.me(withSpotChecks('inspector')),
      http.get('/api/v1/orgs', () => json({ items: [unit], nextCursor: null })),
      http.get('/api/v1/drills', ({ request }) =>
        json({
          items: new URL(request.url).searchParams.get('orgId') === 'ent-1' ? [{ id: 'd-1', title: '坍塌事故演练', conductedOn: '2026-10-01', plannedOn: null }] : [],
          nextCursor: null,
        }),
      ),
      http.post('/api/v1/drill-spot-checks', async ({ request }) => {
        sent.push((await request.json()) as Record<string, unknown>);
        return json({ ...check, id: 'sc-2', code: 'CC2026000002' }, { status: 201 });
      }),
      http.post('/api/v1/attachments', () => json({ ...sitePhoto, id: `f-${String(attached.length + 10)}`, ownerType: null, ownerId: null, purpose: null }, { status: 201 })),
      http.post('/api/v1/drill-spot-checks/sc-2/files', async ({ request }) => {
        attached.push(await request.json());
        return json({ ...check, id: 'sc-2', code: 'CC2026000002', files: [sitePhoto] });
      }),
    );
    await renderApp(<SpotCheckOnSitePage />, { route: '/drill-spot-checks/on-site' });
    await screen.findByRole('option', { name: '贵州黔城建设工程有限公司' });
    await userEvent.click(screen.getByRole('button', { name: '提交抽查结果' }));
    expect(await screen.findByText('请选择被抽查单位')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('被抽查单位'), 'ent-1');
    await screen.findByRole('option', { name: '坍塌事故演练（2026-10-01）' });
    await userEvent.selectOptions(screen.getByLabelText(/所查演练/), 'd-1');
    await userEvent.click(screen.getByLabelText('不符合要求'));
    await userEvent.click(screen.getByRole('button', { name: '提交抽查结果' }));
    expect(await screen.findByText('不符合要求时请写明发现的问题')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    await userEvent.type(screen.getByLabelText(/发现问题/), '未开展现场处置方案演练');
    await userEvent.upload(screen.getByTestId('photo-input'), new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], '现场.jpg', { type: 'image/jpeg' }));
    await userEvent.click(screen.getByRole('button', { name: '提交抽查结果' }));
    await waitFor(() => {
      expect(sent).toHaveLength(1);
    });
    await waitFor(() => {
      expect(attached).toEqual([{ kind: 'SITE_PHOTO', attachmentIds: ['f-10'] }]);
    });
    expect(sent[0]).toMatchObject({ targetOrgId: 'ent-1', drillId: 'd-1', unannounced: true, result: 'NONCOMPLIANT', findings: '未开展现场处置方案演练' });
    expect(String(sent[0]?.period)).toMatch(/^\d{4}-H[12]$/);
  }, 60_000);
});
