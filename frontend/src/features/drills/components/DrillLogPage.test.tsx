import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { reportDb } from '@/lib/offline-queue/db';
import { enqueueTimelineEntry } from '@/lib/offline-queue/enqueue';
import { drainQueue } from '@/lib/offline-queue/sync';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json, problem } from '@/test/http';
import { paste } from '@/test/input';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { postTimelineEntry } from '../api/drill';
import type { TimelineEntry, TimelineEntryInput } from '../api/types';
import { preparingDrillFixture, timelineEntryFixture } from '../testing/fixtures';
import { drillHandlers } from '../testing/handlers';
import { DrillLogPage } from './DrillLogPage';

const inspector = meFixture(['inspector'], { id: 'grid-1', name: '花果园一社区第1网格', kind: 'REGION' });
const running = preparingDrillFixture({ status: 'IN_PROGRESS', allowedActions: ['LOG'], missingDocuments: [] });

beforeEach(async () => {
  for (const item of await reportDb.reports.newestFirst()) await reportDb.reports.delete(item.id);
});

/** The server's timeline: one entry per clientId, however often it is posted. */
function timelineServer() {
  const entries: TimelineEntry[] = [timelineEntryFixture()];
  let posts = 0;
  return {
    handlers: [
      http.get(`/api/v1/drills/${running.id}/timeline`, () => json({ items: entries, nextCursor: null })),
      http.post(`/api/v1/drills/${running.id}/timeline`, async ({ request }) => {
        posts += 1;
        const input = (await request.json()) as TimelineEntryInput;
        const earlier = entries.find((e) => e.clientId === input.clientId);
        if (earlier) return json(earlier);
        const entry = timelineEntryFixture({ id: `entry-${entries.length + 1}`, clientId: input.clientId, kind: input.kind, text: input.text, occurredAt: input.occurredAt, author: '王评估' });
        entries.push(entry);
        return json(entry, { status: 201 });
      }),
    ],
    posts: () => posts,
  };
}

describe("an evaluator's phone timeline", () => {
  it('keeps an entry on the phone as pending, and after the sync shows it once, from the server', async () => {
    const timeline = timelineServer();
    server.use(sessionHandlers.me(inspector), drillHandlers.drill(running), ...timeline.handlers);
    await renderApp(
      <Routes>
        <Route path="/drills/:id/log" element={<DrillLogPage />} />
      </Routes>,
      { route: `/drills/${running.id}/log` },
    );
    expect(await screen.findByText('13:00 发出火情警报')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('意外情况'));
    await paste(screen.getByLabelText('内容'), '13:10 一名参演人员扭伤脚踝');
    await userEvent.click(screen.getByRole('button', { name: '保存记录' }));

    const entry = async () => within(await screen.findByRole('list', { name: '演练过程记录' })).findByText('13:10 一名参演人员扭伤脚踝');
    expect((await entry()).closest('li')).toHaveAttribute('data-state', 'pending');
    expect((await entry()).closest('li')).toHaveTextContent('待上传');
    expect(screen.getByLabelText('内容')).toHaveValue('');
    const [queued] = await reportDb.reports.newestFirst();
    expect(queued).toMatchObject({ kind: 'drill-log', drillId: running.id, status: 'queued', input: { kind: 'INCIDENT', text: '13:10 一名参演人员扭伤脚踝' } });

    // The sync worker's drain, twice (a retry after a lost answer): the server keeps one entry.
    const client = createApiClient('', () => Promise.resolve('test-token'));
    const transport = { uploadPhoto: () => Promise.reject(new Error('no photos')), report: () => Promise.reject(new Error('no reports')), record: () => Promise.reject(new Error('no records')), timelineEntry: (drillId: string, input: TimelineEntryInput) => postTimelineEntry(client, drillId, input) };
    await drainQueue(reportDb, transport);
    await reportDb.reports.update(queued?.id ?? '', { status: 'queued' });
    await drainQueue(reportDb, transport);
    expect(timeline.posts()).toBe(2);

    await waitFor(async () => {
      expect((await entry()).closest('li')).toHaveAttribute('data-state', 'synced');
    });
    expect(screen.getAllByText('13:10 一名参演人员扭伤脚踝')).toHaveLength(1);
    expect(screen.getAllByTestId('drill-log-entry')[0]).toHaveTextContent('王评估');
    expect(screen.getAllByTestId('drill-log-entry')).toHaveLength(2);
    for (const code of ['INCIDENT', 'IN_PROGRESS', 'INJECT']) expect(document.body).not.toHaveTextContent(code);
  }, 120_000);

  it('offers no entry form once the drill is over', async () => {
    server.use(sessionHandlers.me(inspector), drillHandlers.drill({ ...running, status: 'CANCELLED', allowedActions: [] }), drillHandlers.timeline(running.id, []));
    await renderApp(
      <Routes>
        <Route path="/drills/:id/log" element={<DrillLogPage />} />
      </Routes>,
      { route: `/drills/${running.id}/log` },
    );
    expect(await screen.findByTestId('drill-log-closed')).toHaveTextContent('演练未在实施中');
    expect(screen.queryByRole('button', { name: '保存记录' })).not.toBeInTheDocument();
  }, 120_000);

  it('shows an entry the server refused once the drill was evaluated as refused, with the problem in words', async () => {
    const evaluated = { ...running, status: 'EVALUATED' as const, allowedActions: [] };
    server.use(
      sessionHandlers.me(inspector),
      drillHandlers.drill(evaluated),
      drillHandlers.timeline(running.id, [timelineEntryFixture()]),
      http.post(`/api/v1/drills/${running.id}/timeline`, () =>
        problem(409, { type: 'https://redline.example/problems/illegal-transition', code: 'illegal-transition', title: 'Action not allowed', detail: 'LOG is not allowed in EVALUATED' }),
      ),
    );
    // written on the phone while the drill ran, sent after it was evaluated
    await enqueueTimelineEntry(reportDb, { drillId: running.id, drillTitle: running.title, input: { kind: 'OBSERVATION', text: '13:20 疏散完毕', occurredAt: '2026-06-10T05:20:00Z' }, photos: [] });
    const client = createApiClient('', () => Promise.resolve('test-token'));
    const transport = { uploadPhoto: () => Promise.reject(new Error('no photos')), report: () => Promise.reject(new Error('no reports')), record: () => Promise.reject(new Error('no records')), timelineEntry: (drillId: string, input: TimelineEntryInput) => postTimelineEntry(client, drillId, input) };
    await drainQueue(reportDb, transport);
    const [item] = await reportDb.reports.newestFirst();
    expect(item).toMatchObject({ status: 'failed', failure: { status: 409, code: 'illegal-transition' } });

    await renderApp(
      <Routes>
        <Route path="/drills/:id/log" element={<DrillLogPage />} />
      </Routes>,
      { route: `/drills/${running.id}/log` },
    );
    const entry = (await within(await screen.findByRole('list', { name: '演练过程记录' })).findByText('13:20 疏散完毕')).closest('li');
    if (!entry) throw new Error('no entry');
    expect(entry).toHaveAttribute('data-state', 'refused');
    expect(within(entry).getByTestId('drill-log-state')).toHaveTextContent('被拒收');
    const refusal = within(entry).getByTestId('drill-log-refusal');
    expect(refusal).toHaveTextContent('服务器未接收这条记录：当前不能执行该操作。');
    expect(refusal).toHaveTextContent('演练已不在实施中');
    for (const code of ['EVALUATED', 'LOG', 'illegal-transition', 'Action not allowed']) expect(document.body).not.toHaveTextContent(code);
  }, 120_000);
});
