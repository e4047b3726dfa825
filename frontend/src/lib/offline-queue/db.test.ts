import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { ReportDb } from './db';
import type { QueuedReport } from './types';

const queued: QueuedReport = {
  id: 'r-1',
  createdAt: 1,
  input: { title: '配电箱未接地', level: 'GENERAL', category: 'ELECTRICAL', source: 'INSPECTION', discoveredAt: '2026-03-01T02:00:00Z' },
  photos: [],
  status: 'queued',
  attempts: 0,
  nextAttemptAt: 0,
};

describe('report store', () => {
  it('opens the database the Dexie-based release left on a phone, queued reports included', async () => {
    const name = `dexie-${crypto.randomUUID()}`;
    // Dexie's version(1) is IndexedDB version 10, with these stores and indexes.
    const old = await openDB(name, 10, {
      upgrade(db) {
        const reports = db.createObjectStore('reports', { keyPath: 'id' });
        reports.createIndex('status', 'status');
        reports.createIndex('createdAt', 'createdAt');
        db.createObjectStore('enterprises', { keyPath: 'id' }).createIndex('name', 'name');
      },
    });
    await old.put('reports', queued);
    old.close();

    const db = new ReportDb(name);
    expect(await db.reports.withStatus('queued')).toEqual([queued]);
    await db.delete();
  });

  it('tells subscribers about every change of a report', async () => {
    const db = new ReportDb(`changes-${crypto.randomUUID()}`);
    let changes = 0;
    const unsubscribe = db.subscribe(() => {
      changes += 1;
    });
    await db.reports.add(queued);
    await db.reports.update(queued.id, { status: 'sending' });
    await db.reports.delete(queued.id);
    unsubscribe();
    await db.reports.add(queued);
    expect(changes).toBe(3);
    await db.delete();
  });
});
