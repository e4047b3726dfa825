import { ProblemError } from '@/lib/problem';
import type { components } from '@/api/schema';
import type { ReportDb } from './db';
import type { QueuedPhoto, QueuedReport, QueueFailure } from './types';

type HazardInput = components['schemas']['HazardInput'];
type FulfilmentInput = components['schemas']['FulfilmentInput'];
type TimelineEntryInput = components['schemas']['DrillTimelineEntryInput'];

/** How queued items reach the server; the app sends them through the API client, tests through a fake. */
export interface ReportTransport {
  /** Stores one photo with the photo's Idempotency-Key; returns the attachment id. */
  uploadPhoto: (photo: QueuedPhoto) => Promise<string>;
  /** Registers the ticket with the report's Idempotency-Key. */
  report: (idempotencyKey: string, input: HazardInput) => Promise<{ id: string; code: string }>;
  /** Stores (and submits) the fulfilment record with the record's Idempotency-Key. */
  record: (idempotencyKey: string, input: FulfilmentInput) => Promise<{ id: string }>;
  /** Adds the entry to the drill's timeline; its clientId makes a repeat answer the first entry. */
  timelineEntry: (drillId: string, input: TimelineEntryInput) => Promise<{ id: string }>;
}

/** Creates the item on the server naming its stored photos; answers what the queue keeps of the answer. */
async function create(transport: ReportTransport, item: QueuedReport, attachmentIds: string[]): Promise<Partial<QueuedReport>> {
  const files = attachmentIds.length > 0 ? { attachmentIds } : {};
  if (item.kind === 'fulfilment') {
    return { recordId: (await transport.record(item.id, { ...item.input, ...files })).id };
  }
  if (item.kind === 'drill-log') {
    return { entryId: (await transport.timelineEntry(item.drillId, { ...item.input, clientId: item.id, ...files })).id };
  }
  const created = await transport.report(item.id, { ...item.input, ...files });
  return { hazardId: created.id, hazardCode: created.code };
}

const baseDelay = 5_000;
const maxDelay = 5 * 60_000;

/** Exponential backoff per item: 5 s, 10 s, 20 s … capped at 5 minutes. */
export function backoff(attempts: number): number {
  return Math.min(maxDelay, baseDelay * 2 ** Math.max(0, attempts - 1));
}

/**
 * A 4xx answer is the server's verdict on this report (invalid, forbidden, not found …): sending it again
 * changes nothing, so the user must fix or delete it. Not so for 401 (sign in again), 408 and 429
 * (try later), 5xx, and network failures, which keep the item queued.
 */
export function isPermanent(error: unknown): error is ProblemError {
  return error instanceof ProblemError && error.status >= 400 && error.status < 500 && ![401, 408, 429].includes(error.status);
}

function failureOf(error: ProblemError): QueueFailure {
  return { status: error.status, ...(error.code ? { code: error.code } : {}), title: error.title, detail: error.detail, errors: error.errors };
}

function describe(error: unknown): string {
  if (error instanceof ProblemError) return `${error.status} ${error.title}`;
  return error instanceof Error ? error.message : String(error);
}

/** Sends one item: photos first (each with its own key), then the ticket or record naming them. */
async function sendOne(db: ReportDb, transport: ReportTransport, item: QueuedReport, now: () => number): Promise<void> {
  await db.reports.update(item.id, { status: 'sending' });
  const photos = item.photos.map((photo) => ({ ...photo }));
  try {
    for (const photo of photos) {
      if (photo.attachmentId) continue;
      photo.attachmentId = await transport.uploadPhoto(photo);
      // Remember each stored photo at once: a later failure must not upload it again.
      await db.reports.update(item.id, { photos });
    }
    const attachmentIds = photos.flatMap((photo) => (photo.attachmentId ? [photo.attachmentId] : []));
    const created = await create(transport, item, attachmentIds);
    await db.reports.update(item.id, {
      ...created,
      status: 'sent',
      sentAt: now(),
      photos: [],
      failure: undefined,
      lastError: undefined,
    });
  } catch (error) {
    if (isPermanent(error)) {
      await db.reports.update(item.id, { status: 'failed', failure: failureOf(error), lastError: describe(error) });
      return;
    }
    const attempts = item.attempts + 1;
    await db.reports.update(item.id, {
      status: 'queued',
      attempts,
      nextAttemptAt: now() + backoff(attempts),
      lastError: describe(error),
    });
  }
}

export interface DrainResult {
  sent: number;
  failed: number;
  /** Earliest time a still-queued item is due again; undefined when nothing is left to retry. */
  nextDue: number | undefined;
}

/** Sends every due item in the order they were reported. */
export async function drainQueue(db: ReportDb, transport: ReportTransport, now: () => number = Date.now): Promise<DrainResult> {
  const due = (await db.reports.withStatus('queued')).filter((item) => item.nextAttemptAt <= now());
  for (const item of due) {
    await sendOne(db, transport, item, now);
  }
  const outcome = (await Promise.all(due.map((item) => db.reports.get(item.id)))).filter((item) => item !== undefined);
  const waiting = await db.reports.withStatus('queued');
  return {
    sent: outcome.filter((item) => item.status === 'sent').length,
    failed: outcome.filter((item) => item.status === 'failed').length,
    nextDue: waiting.length > 0 ? Math.min(...waiting.map((item) => item.nextAttemptAt)) : undefined,
  };
}

/** Items left "sending" by a closed tab go back to the queue; sent receipts older than a day are dropped. */
export async function recoverQueue(db: ReportDb, now: () => number = Date.now): Promise<void> {
  await db.reports.changeWithStatus('sending', (item) => ({ ...item, status: 'queued' }));
  const dayAgo = now() - 24 * 60 * 60_000;
  await db.reports.changeWithStatus('sent', (item) => ((item.sentAt ?? 0) < dayAgo ? null : item));
}

/** Going online again makes every queued item due at once instead of waiting out its backoff. */
export async function makeAllDue(db: ReportDb): Promise<void> {
  await db.reports.changeWithStatus('queued', (item) => ({ ...item, nextAttemptAt: 0 }));
}
