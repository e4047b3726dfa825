import type { FieldError } from '@/lib/problem';

type HazardInput = components['schemas']['HazardInput'];
type FulfilmentInput = components['schemas']['FulfilmentInput'];
type TimelineEntryInput = components['schemas']['DrillTimelineEntryInput'];

/** What a report needs to know about an enterprise; kept in IndexedDB so reporting works offline. */
export interface EnterpriseChoice {
  id: string;
  name: string;
  code: string;
  industry: string | null;
}
import type { components } from '@/api/schema';

/** A photo waiting to be uploaded; its own Idempotency-Key makes a retried upload store it once. */
export interface QueuedPhoto {
  key: string;
  fileName: string;
  contentType: string;
  /** Bytes, not a Blob: every IndexedDB implementation can store an ArrayBuffer. */
  data: ArrayBuffer;
  /** Set once the server stored it, so a retry does not upload it again. */
  attachmentId?: string;
}

export type QueueStatus = 'queued' | 'sending' | 'failed' | 'sent';

/** The problem that stopped a report; the user fixes the report or deletes it. */
export interface QueueFailure {
  status: number;
  /** The problem's code (label catalog "problem"), so the refusal reads in the UI's language; absent on old items. */
  code?: string;
  title: string;
  detail?: string;
  errors: FieldError[];
}

interface QueuedBase {
  /** The item's Idempotency-Key: the server creates it once however often it is sent. */
  id: string;
  createdAt: number;
  photos: QueuedPhoto[];
  status: QueueStatus;
  attempts: number;
  /** Epoch millis before which the worker leaves a queued item alone (backoff). */
  nextAttemptAt: number;
  lastError?: string;
  failure?: QueueFailure;
  sentAt?: number;
}

/** One offline hazard report (items written before fulfilment records existed have no kind). */
export interface QueuedHazardReport extends QueuedBase {
  kind?: 'hazard';
  input: Omit<HazardInput, 'attachmentIds'>;
  /** For the queue list: the enterprise's name as picked. */
  enterpriseName?: string;
  hazardId?: string;
  hazardCode?: string;
}

/** One offline fulfilment record (履职记录) of a duty item, submitted at once when it reaches the server. */
export interface QueuedFulfilment extends QueuedBase {
  kind: 'fulfilment';
  input: Omit<FulfilmentInput, 'attachmentIds'>;
  /** For the queue list and the list page: the duty as the holder read it, and its list. */
  dutyText: string;
  listId: string;
  recordId?: string;
}

/**
 * One entry of a running drill's timeline (§3.4 log) written on an evaluator's phone; the item's id is the entry's
 * clientId, so however often it is sent the drill gets it once.
 */
export interface QueuedTimelineEntry extends QueuedBase {
  kind: 'drill-log';
  drillId: string;
  /** For the queue list: the drill as the phone showed it. */
  drillTitle: string;
  input: Omit<TimelineEntryInput, 'attachmentIds' | 'clientId'>;
  entryId?: string;
}

/** What the phone holds until the server has it: hazard reports, fulfilment records and drill timeline entries, one queue, one worker. */
export type QueuedReport = QueuedHazardReport | QueuedFulfilment | QueuedTimelineEntry;

/** Items written before other kinds existed have no kind: they are hazard reports. */
export function isHazardReport(item: QueuedReport): item is QueuedHazardReport {
  return item.kind === undefined || item.kind === 'hazard';
}
