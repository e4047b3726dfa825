import { describe, expect, it } from 'vitest';
import { ReportDb } from './db';
import { enqueueReport } from './enqueue';
import { uploadOutcome } from './upload-outcome';

const input = { title: '配电箱未接地', level: 'GENERAL', category: 'ELECTRICAL', source: 'INSPECTION', discoveredAt: '2026-03-01T02:00:00Z' } as const;

describe('upload outcome', () => {
  it('ends when the report reaches the server, with its code', async () => {
    const db = new ReportDb(`outcome-${crypto.randomUUID()}`);
    const item = await enqueueReport(db, { input, photos: [] });
    const outcome = uploadOutcome(db, item.id);
    await db.reports.update(item.id, { status: 'sending' });
    await db.reports.update(item.id, { status: 'sent', hazardCode: 'YH-2026-000042' });
    expect(await outcome).toEqual({ outcome: 'sent', code: 'YH-2026-000042' });
  });

  it('ends when the first try failed and a retry waits', async () => {
    const db = new ReportDb(`outcome-${crypto.randomUUID()}`);
    const item = await enqueueReport(db, { input, photos: [] });
    const outcome = uploadOutcome(db, item.id);
    await db.reports.update(item.id, { status: 'queued', attempts: 1 });
    expect((await outcome).outcome).toBe('retrying');
  });

  it('gives up waiting rather than spinning forever', async () => {
    const db = new ReportDb(`outcome-${crypto.randomUUID()}`);
    const item = await enqueueReport(db, { input, photos: [] });
    expect((await uploadOutcome(db, item.id, 50)).outcome).toBe('slow');
  });
});
