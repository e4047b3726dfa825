import type { components } from '@/api/schema';
import type { ReportDb } from './db';
import { isHazardReport, type QueuedFulfilment, type QueuedHazardReport, type QueuedPhoto, type QueuedReport, type QueuedTimelineEntry } from './types';

type HazardInput = components['schemas']['HazardInput'];
type FulfilmentInput = components['schemas']['FulfilmentInput'];

export interface NewReport {
  input: Omit<HazardInput, 'attachmentIds'>;
  enterpriseName?: string;
  photos: readonly File[];
}

export interface NewFulfilment {
  input: Omit<FulfilmentInput, 'attachmentIds'>;
  dutyText: string;
  listId: string;
  photos: readonly File[];
}

async function toQueuedPhoto(file: File): Promise<QueuedPhoto> {
  return { key: crypto.randomUUID(), fileName: file.name, contentType: file.type, data: await file.arrayBuffer() };
}

async function fresh(photos: readonly File[], now: number) {
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    photos: await Promise.all(photos.map(toQueuedPhoto)),
    status: 'queued' as const,
    attempts: 0,
    nextAttemptAt: 0,
  };
}

/** Writes the report to IndexedDB before any network call; the sync worker sends it. */
export async function enqueueReport(db: ReportDb, report: NewReport, now: number = Date.now()): Promise<QueuedHazardReport> {
  const item: QueuedHazardReport = { ...(await fresh(report.photos, now)), input: report.input, enterpriseName: report.enterpriseName };
  await db.reports.add(item);
  return item;
}

/** Writes a fulfilment record to IndexedDB before any network call, like a hazard report; the same worker sends it. */
export async function enqueueFulfilment(db: ReportDb, record: NewFulfilment, now: number = Date.now()): Promise<QueuedFulfilment> {
  const item: QueuedFulfilment = {
    ...(await fresh(record.photos, now)),
    kind: 'fulfilment',
    input: record.input,
    dutyText: record.dutyText,
    listId: record.listId,
  };
  await db.reports.add(item);
  return item;
}

export interface NewTimelineEntry {
  drillId: string;
  drillTitle: string;
  input: QueuedTimelineEntry['input'];
  photos: readonly File[];
}

/** Writes a drill timeline entry to IndexedDB before any network call; the item's id becomes the entry's clientId. */
export async function enqueueTimelineEntry(db: ReportDb, entry: NewTimelineEntry, now: number = Date.now()): Promise<QueuedTimelineEntry> {
  const item: QueuedTimelineEntry = {
    ...(await fresh(entry.photos, now)),
    kind: 'drill-log',
    drillId: entry.drillId,
    drillTitle: entry.drillTitle,
    input: entry.input,
  };
  await db.reports.add(item);
  return item;
}

/**
 * Puts a failed report back in the queue with the user's corrections. It gets a new Idempotency-Key:
 * the server answers a reused key with another body by 422. Photos already stored keep their ids.
 */
export async function resubmitReport(db: ReportDb, id: string, input: QueuedHazardReport['input'], enterpriseName?: string): Promise<QueuedReport | undefined> {
  return db.reports.replace(id, (old) => ({
    ...(isHazardReport(old) ? old : { createdAt: old.createdAt, photos: old.photos }),
    id: crypto.randomUUID(),
    input,
    enterpriseName,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    failure: undefined,
    lastError: undefined,
  }));
}
