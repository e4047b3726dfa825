import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportDb } from '@/lib/offline-queue/db';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { shanghaiToday } from '../periods';
import { listHandlers } from '../testing/handlers';
import { listFixture } from '../testing/fixtures';
import { RecordFulfilmentPage } from './RecordFulfilmentPage';

const holder = { ...meFixture(['leader'], { id: 'org-hgy', name: '花果园街道' }), username: 'linxiao', capabilities: ['RECORD_FULFILMENT' as const, 'UPLOAD_ATTACHMENTS' as const] };

function locateAt(latitude: number, longitude: number) {
  const getCurrentPosition = vi.fn((ok: PositionCallback) => {
    ok({ coords: { latitude, longitude, accuracy: 12 }, timestamp: 0 } as unknown as GeolocationPosition);
  });
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition } });
}

async function renderRecord() {
  server.use(sessionHandlers.me(holder), listHandlers.detail(listFixture({ status: 'SIGNED', currentHolder: '林晓' })));
  return renderApp(
    <Routes>
      <Route path="/duties/lists/:id/record/:itemId" element={<RecordFulfilmentPage />} />
      <Route path="/duties/lists/:id" element={<p>list page</p>} />
    </Routes>,
    { route: '/duties/lists/list-1/record/item-1' },
  );
}

beforeEach(async () => {
  for (const item of await reportDb.reports.newestFirst()) await reportDb.reports.delete(item.id);
  locateAt(26.5606, 106.6924);
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

describe('recording a fulfilment on the phone', () => {
  it('says what the duty asks for and what is missing, and queues nothing until it is given', async () => {
    await renderRecord();
    expect(await screen.findByText('1. 每季度至少带队开展1次安全生产检查')).toBeInTheDocument();
    expect(screen.getByText('佐证要求：需照片、须本人履行、至少 1 个附件')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存并提交' }));

    expect(await screen.findByText('请填写做了什么')).toBeInTheDocument();
    expect(screen.getByText('请至少拍摄 1 张照片')).toBeInTheDocument();
    expect(await reportDb.reports.newestFirst()).toEqual([]);
  });

  it('writes the record to the phone queue with the holder post, other performers, the position and the photo, to be submitted', async () => {
    await renderRecord();
    await userEvent.upload(await screen.findByLabelText('现场照片'), new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], 'site.jpg', { type: 'image/jpeg' }));
    await userEvent.type(screen.getByLabelText('履职内容'), '带队检查花果园三号楼工地');
    await userEvent.type(screen.getByLabelText('其他履职人员'), '王工、 李工');
    await userEvent.type(screen.getByLabelText(/^地点/), '花果园三号楼');
    expect(within(screen.getByRole('group', { name: '履职人员' })).getByLabelText('花果园街道 街道办事处主任 林晓（本人岗位）')).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: '保存并提交' }));

    expect(await screen.findByText('list page')).toBeInTheDocument();
    const [queued] = await reportDb.reports.newestFirst();
    expect(queued).toMatchObject({
      kind: 'fulfilment',
      status: 'queued',
      listId: 'list-1',
      dutyText: '每季度至少带队开展1次安全生产检查',
      input: {
        dutyItemId: 'item-1',
        date: shanghaiToday(),
        summary: '带队检查花果园三号楼工地',
        place: '花果园三号楼',
        latitude: 26.5606,
        longitude: 106.6924,
        performers: [
          { postId: 'post-hgy', personName: null, personRef: null },
          { postId: null, personName: '王工', personRef: null },
          { postId: null, personName: '李工', personRef: null },
        ],
        submit: true,
      },
    });
    expect(queued?.photos.map((p) => p.fileName)).toEqual(['site.jpg']);
    expect(await screen.findByText('已保存在本机，联网后自动上传并提交')).toBeInTheDocument();
  });
});
