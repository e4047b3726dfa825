import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { meFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { reportDb } from '@/lib/offline-queue/db';
import { isHazardReport } from '@/lib/offline-queue/types';
import { ReportPage } from './ReportPage';

const enterprises = [
  { id: 'org-qc', name: '贵州黔城建设工程有限公司', code: '91520102001004484X', industry: 'CONSTRUCTION', kind: 'ENTERPRISE' },
  { id: 'org-hy', name: '花园燃气站', code: '91520102001009999X', industry: 'GAS', kind: 'ENTERPRISE' },
];

/** A phone whose location request answers as `answer` says. */
function stubGeolocation(answer: 'ok' | 'denied' | 'timeout') {
  const getCurrentPosition = vi.fn((ok: PositionCallback, fail: PositionErrorCallback) => {
    if (answer === 'ok') {
      ok({ coords: { latitude: 26.5606, longitude: 106.6924, accuracy: 12 }, timestamp: 0 } as unknown as GeolocationPosition);
      return;
    }
    fail({ code: answer === 'denied' ? 1 : 3, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: answer });
  });
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
  return getCurrentPosition;
}

function renderReport(roles: string[], org = {}) {
  stubApi({
    'GET /api/v1/me': () => json(meFixture(roles, org)),
    'GET /api/v1/orgs': () => json({ items: enterprises, nextCursor: null }),
  });
  return renderApp(
    <Routes>
      <Route path="/hazards/report" element={<ReportPage />} />
      <Route path="/hazards/queue" element={<p>queue page</p>} />
    </Routes>,
    { route: '/hazards/report' },
  );
}

async function queued() {
  return (await reportDb.reports.newestFirst()).filter(isHazardReport);
}

beforeEach(async () => {
  for (const item of await queued()) await reportDb.reports.delete(item.id);
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

describe('report page', () => {
  it('says what is missing and queues nothing until the enterprise and the title are given', async () => {
    stubGeolocation('ok');
    await renderReport(['inspector']);
    await userEvent.click(await screen.findByRole('button', { name: '保存并上报' }));

    expect(await screen.findByText('请选择企业')).toBeInTheDocument();
    expect(screen.getByText('请填写隐患名称')).toBeInTheDocument();
    const title = screen.getByLabelText('隐患名称');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('企业', { selector: 'select' })).toHaveFocus();
    expect(await queued()).toHaveLength(0);

    // The message goes as soon as the field is filled.
    await userEvent.type(title, '配电箱未接地');
    expect(screen.queryByText('请填写隐患名称')).not.toBeInTheDocument();
    expect(screen.getByText('请选择企业')).toBeInTheDocument();
  });

  it('queues the report on the phone with the enterprise searched for, the level and the GPS fix', async () => {
    stubGeolocation('ok');
    await renderReport(['inspector']);
    expect(await screen.findByTestId('gps-status')).toHaveTextContent('已定位 26.5606, 106.6924（±12 米）');
    const select = screen.getByLabelText('企业', { selector: 'select' });
    await within(select).findByRole('option', { name: '花园燃气站' });

    await userEvent.type(screen.getByLabelText('搜索企业'), '黔城');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['选择本辖区企业或搜索', '贵州黔城建设工程有限公司']);
    await userEvent.selectOptions(select, '贵州黔城建设工程有限公司');
    await userEvent.type(screen.getByLabelText('隐患名称'), '  脚手架连墙件缺失 ');
    await userEvent.click(screen.getByRole('radio', { name: '重大' }));
    await userEvent.selectOptions(screen.getByLabelText('隐患类别'), '用电');
    await userEvent.type(screen.getByLabelText(/^位置/), '三号楼东侧');
    await userEvent.click(screen.getByRole('button', { name: '保存并上报' }));

    expect(await screen.findByText('queue page')).toBeInTheDocument();
    const [report] = await queued();
    expect(report?.input).toMatchObject({
      title: '脚手架连墙件缺失',
      enterpriseId: 'org-qc',
      level: 'MAJOR',
      category: 'ELECTRICAL',
      source: 'INSPECTION',
      locationText: '三号楼东侧',
      latitude: 26.5606,
      longitude: 106.6924,
    });
    expect(report?.input.description).toBeUndefined();
    expect(report?.enterpriseName).toBe('贵州黔城建设工程有限公司');
    // No sync worker runs in this test: the report waits on the phone, and the toast says so.
    expect(await screen.findByText('已保存在本机，联网后自动上传')).toBeInTheDocument();
  });

  it('reports for its own enterprise as a self-check, without an enterprise field', async () => {
    stubGeolocation('denied');
    await renderReport(['enterprise'], { id: 'org-qc', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' });
    await userEvent.type(await screen.findByLabelText('隐患名称'), '消防通道堵塞');
    expect(screen.queryByLabelText('企业', { selector: 'select' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存并上报' }));

    expect(await screen.findByText('queue page')).toBeInTheDocument();
    const [report] = await queued();
    expect(report?.input).toMatchObject({ title: '消防通道堵塞', source: 'SELF_CHECK' });
    expect(report?.input.enterpriseId).toBeUndefined();
    expect(report?.input.latitude).toBeUndefined();
  });

  it('lets a supervisor pick the source', async () => {
    stubGeolocation('ok');
    await renderReport(['safety_office']);
    const source = await screen.findByLabelText(/^来源/);
    expect(within(source).getAllByRole('option').map((o) => o.textContent)).not.toContain('企业自查');
  });
});

describe('report page location', () => {
  it('says when location is refused, and locates on retry', async () => {
    const locate = stubGeolocation('denied');
    await renderReport(['inspector']);
    expect(await screen.findByTestId('gps-status')).toHaveTextContent('未获定位权限（可不填）');

    stubGeolocation('ok');
    await userEvent.click(screen.getByRole('button', { name: '重新定位' }));
    expect(await screen.findByTestId('gps-status')).toHaveTextContent('已定位 26.5606, 106.6924');
    expect(locate).toHaveBeenCalledTimes(1);
  });

  it('says when the phone cannot locate in time, and the report still goes without a position', async () => {
    stubGeolocation('timeout');
    await renderReport(['inspector']);
    expect(await screen.findByTestId('gps-status')).toHaveTextContent('无法定位（可不填）');
    await waitFor(() => {
      expect(screen.getByRole('button', { name: '重新定位' })).toBeInTheDocument();
    });
  });
});
