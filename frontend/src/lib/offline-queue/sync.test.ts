import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '@/lib/problem';
import type { components } from '@/api/schema';
import { ReportDb } from './db';
import { enqueueFulfilment, enqueueReport, enqueueTimelineEntry, resubmitReport } from './enqueue';
import type { QueuedPhoto } from './types';
import { backoff, drainQueue, makeAllDue, recoverQueue, type ReportTransport } from './sync';

type HazardInput = components['schemas']['HazardInput'];
type FulfilmentInput = components['schemas']['FulfilmentInput'];
type TimelineEntryInput = components['schemas']['DrillTimelineEntryInput'];

const input = { title: '配电箱未接地', level: 'GENERAL', category: 'ELECTRICAL', source: 'INSPECTION', enterpriseId: 'ent-1' } as const;

function photo(name: string) {
  return new File([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], name, { type: 'image/jpeg' });
}

function fakeTransport() {
  const calls: string[] = [];
  const reports: { key: string; input: HazardInput }[] = [];
  const records: { key: string; input: FulfilmentInput }[] = [];
  const entries: { drillId: string; input: TimelineEntryInput }[] = [];
  const transport: ReportTransport = {
    uploadPhoto: vi.fn((p: QueuedPhoto) => {
      calls.push(`upload ${p.fileName} key=${p.key}`);
      return Promise.resolve(`att-${p.fileName}`);
    }),
    report: vi.fn((key: string, body: HazardInput) => {
      calls.push(`report key=${key}`);
      reports.push({ key, input: body });
      return Promise.resolve({ id: 'hz-1', code: 'YH-2026-000001' });
    }),
    record: vi.fn((key: string, body: FulfilmentInput) => {
      calls.push(`record key=${key}`);
      records.push({ key, input: body });
      return Promise.resolve({ id: 'fr-1' });
    }),
    timelineEntry: vi.fn((drillId: string, body: TimelineEntryInput) => {
      calls.push(`timeline ${drillId} clientId=${body.clientId}`);
      entries.push({ drillId, input: body });
      return Promise.resolve({ id: 'entry-1' });
    }),
  };
  return { transport, calls, reports, records, entries };
}

let db: ReportDb;
let clock = 1_000_000;
const now = () => clock;

beforeEach(() => {
  db = new ReportDb(`test-${crypto.randomUUID()}`);
  clock = 1_000_000;
});

afterEach(async () => {
  await db.delete();
});

describe('offline report queue', () => {
  it('keeps the report with its own key and one key per photo before anything is sent', async () => {
    const item = await enqueueReport(db, { input, enterpriseName: '贵州黔城建设工程有限公司', photos: [photo('a.jpg'), photo('b.jpg')] }, clock);
    const stored = await db.reports.get(item.id);
    expect(stored?.status).toBe('queued');
    expect(stored?.photos).toHaveLength(2);
    const keys = new Set([item.id, ...item.photos.map((p) => p.key)]);
    expect(keys.size).toBe(3);
    expect(stored?.photos[0]?.data.byteLength).toBe(6);
  });

  it('uploads photos first, then reports with their attachment ids and the report key', async () => {
    const item = await enqueueReport(db, { input, photos: [photo('a.jpg'), photo('b.jpg')] }, clock);
    const { transport, calls, reports } = fakeTransport();

    const result = await drainQueue(db, transport, now);

    expect(result).toMatchObject({ sent: 1, failed: 0, nextDue: undefined });
    expect(calls).toEqual([
      `upload a.jpg key=${item.photos[0]?.key ?? ''}`,
      `upload b.jpg key=${item.photos[1]?.key ?? ''}`,
      `report key=${item.id}`,
    ]);
    expect(reports[0]?.input.attachmentIds).toEqual(['att-a.jpg', 'att-b.jpg']);
    const sent = await db.reports.get(item.id);
    expect(sent).toMatchObject({ status: 'sent', hazardId: 'hz-1', hazardCode: 'YH-2026-000001', photos: [] });
  });

  it('sends a fulfilment record through the same queue: its photos, then the record with the record key and submit', async () => {
    const record = {
      dutyItemId: 'item-1',
      date: '2026-05-14',
      summary: '带队检查建筑工地',
      performers: [{ postId: 'post-hgy', personName: null, personRef: null }],
      submit: true,
    };
    const report = await enqueueReport(db, { input, photos: [] }, clock);
    const item = await enqueueFulfilment(db, { input: record, dutyText: '每季度至少带队检查1次', listId: 'list-1', photos: [photo('c.jpg')] }, clock + 1);
    const { transport, calls, records } = fakeTransport();

    expect(await drainQueue(db, transport, now)).toMatchObject({ sent: 2, failed: 0 });

    expect(calls).toEqual([`report key=${report.id}`, `upload c.jpg key=${item.photos[0]?.key ?? ''}`, `record key=${item.id}`]);
    expect(records[0]?.input).toEqual({ ...record, attachmentIds: ['att-c.jpg'] });
    expect(await db.reports.get(item.id)).toMatchObject({ kind: 'fulfilment', status: 'sent', recordId: 'fr-1', listId: 'list-1', photos: [] });
  });

  it('sends a drill timeline entry through the same queue: its photo, then the entry named by the item id as clientId', async () => {
    const item = await enqueueTimelineEntry(
      db,
      { drillId: 'drill-1', drillTitle: '塔吊倒塌现场处置演练', input: { kind: 'OBSERVATION', text: '疏散组到达集合点', occurredAt: '2026-12-20T05:05:00Z' }, photos: [photo('c.jpg')] },
      clock,
    );
    const { transport, calls, entries } = fakeTransport();

    await drainQueue(db, transport, now);

    const photoKey = item.photos[0]?.key ?? '';
    expect(calls).toEqual([`upload c.jpg key=${photoKey}`, `timeline drill-1 clientId=${item.id}`]);
    expect(entries[0]?.input).toEqual({ kind: 'OBSERVATION', text: '疏散组到达集合点', occurredAt: '2026-12-20T05:05:00Z', clientId: item.id, attachmentIds: ['att-c.jpg'] });
    expect(await db.reports.get(item.id)).toMatchObject({ status: 'sent', entryId: 'entry-1', photos: [] });
  });

  it('keeps a report queued on a network error, with backoff, and does not upload a stored photo twice', async () => {
    const item = await enqueueReport(db, { input, photos: [photo('a.jpg')] }, clock);
    const { transport } = fakeTransport();
    vi.mocked(transport.report).mockRejectedValueOnce(new TypeError('Failed to fetch'));

    const first = await drainQueue(db, transport, now);
    const waiting = await db.reports.get(item.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, lastError: 'Failed to fetch' });
    expect(waiting?.photos[0]?.attachmentId).toBe('att-a.jpg');
    expect(first.nextDue).toBe(clock + backoff(1));

    // Not due yet: nothing is sent.
    await drainQueue(db, transport, now);
    expect(transport.report).toHaveBeenCalledTimes(1);

    clock += backoff(1);
    await drainQueue(db, transport, now);
    expect(transport.uploadPhoto).toHaveBeenCalledTimes(1);
    expect(transport.report).toHaveBeenCalledTimes(2);
    expect((await db.reports.get(item.id))?.status).toBe('sent');
  });

  it('marks a report failed on a 4xx problem and keeps the message for the user', async () => {
    const item = await enqueueReport(db, { input, photos: [] }, clock);
    const { transport } = fakeTransport();
    vi.mocked(transport.report).mockRejectedValueOnce(
      new ProblemError(422, { title: 'Unprocessable request', detail: 'enterpriseId no such enterprise', errors: [{ field: 'enterpriseId', message: 'no such enterprise' }] }),
    );

    const result = await drainQueue(db, transport, now);

    expect(result.failed).toBe(1);
    const failed = await db.reports.get(item.id);
    expect(failed?.status).toBe('failed');
    expect(failed?.failure).toEqual({
      status: 422,
      title: 'Unprocessable request',
      detail: 'enterpriseId no such enterprise',
      errors: [{ field: 'enterpriseId', message: 'no such enterprise' }],
    });
    // A failed item is left alone until the user fixes it.
    await drainQueue(db, transport, now);
    expect(transport.report).toHaveBeenCalledTimes(1);
  });

  it.each([401, 408, 429, 503])('keeps a report queued on HTTP %i', async (status) => {
    const item = await enqueueReport(db, { input, photos: [] }, clock);
    const { transport } = fakeTransport();
    vi.mocked(transport.report).mockRejectedValueOnce(new ProblemError(status, { title: 'later' }));
    await drainQueue(db, transport, now);
    expect((await db.reports.get(item.id))?.status).toBe('queued');
  });

  it('resubmits a fixed report under a new key and keeps uploaded photo ids', async () => {
    const item = await enqueueReport(db, { input, photos: [photo('a.jpg')] }, clock);
    const { transport } = fakeTransport();
    vi.mocked(transport.report).mockRejectedValueOnce(new ProblemError(400, { title: 'invalid' }));
    await drainQueue(db, transport, now);

    const fixed = await resubmitReport(db, item.id, { ...input, title: '配电箱外壳未接地' }, '贵州黔城建设工程有限公司');
    expect(fixed?.id).not.toBe(item.id);
    expect(await db.reports.get(item.id)).toBeUndefined();
    await drainQueue(db, transport, now);
    expect(transport.uploadPhoto).toHaveBeenCalledTimes(1);
    expect(vi.mocked(transport.report).mock.lastCall?.[0]).toBe(fixed?.id);
    expect((await db.reports.get(fixed?.id ?? ''))?.status).toBe('sent');
  });

  it('recovers items a closed tab left "sending", drops old receipts, and makes all due when online', async () => {
    const a = await enqueueReport(db, { input, photos: [] }, clock);
    const b = await enqueueReport(db, { input, photos: [] }, clock);
    await db.reports.update(a.id, { status: 'sending' });
    await db.reports.update(b.id, { status: 'sent', sentAt: clock - 2 * 24 * 60 * 60_000 });
    await recoverQueue(db, now);
    expect((await db.reports.get(a.id))?.status).toBe('queued');
    expect(await db.reports.get(b.id)).toBeUndefined();

    await db.reports.update(a.id, { nextAttemptAt: clock + 60_000 });
    await makeAllDue(db);
    expect((await db.reports.get(a.id))?.nextAttemptAt).toBe(0);
  });

  it('backs off exponentially up to five minutes', () => {
    expect([1, 2, 3, 10].map(backoff)).toEqual([5_000, 10_000, 20_000, 300_000]);
  });
});
