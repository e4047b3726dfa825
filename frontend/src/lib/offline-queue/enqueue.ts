import type { components } from '@/api/schema';
import type { ReportDb } from './db';
import type { QueuedPhoto, QueuedReport } from './types';

type HazardInput = components['schemas']['HazardInput'];

export interface NewReport {
  input: Omit<HazardInput, 'attachmentIds'>;
  enterpriseName?: string;
  photos: readonly File[];
}

async function toQueuedPhoto(file: File): Promise<QueuedPhoto> {
  return { key: crypto.randomUUID(), fileName: file.name, contentType: file.type, data: await file.arrayBuffer() };
}

/** Writes the report to IndexedDB before any network call; the sync worker sends it. */
export async function enqueueReport(db: ReportDb, report: NewReport, now: number = Date.now()): Promise<QueuedReport> {
  const item: QueuedReport = {
    id: crypto.randomUUID(),
    createdAt: now,
    input: report.input,
    enterpriseName: report.enterpriseName,
    photos: await Promise.all(report.photos.map(toQueuedPhoto)),
    status: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
  };
  await db.reports.add(item);
  return item;
}

/**
 * Puts a failed report back in the queue with the user's corrections. It gets a new Idempotency-Key:
 * the server answers a reused key with another body by 422. Photos already stored keep their ids.
 */
export async function resubmitReport(db: ReportDb, id: string, input: QueuedReport['input'], enterpriseName?: string): Promise<QueuedReport | undefined> {
  return db.reports.replace(id, (old) => ({
    ...old,
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
