import type { FieldError } from '@/lib/problem';

type HazardInput = components['schemas']['HazardInput'];

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
  title: string;
  detail?: string;
  errors: FieldError[];
}

/** One offline report. Its id is the report's Idempotency-Key: the ticket is created once however often it is sent. */
export interface QueuedReport {
  id: string;
  createdAt: number;
  input: Omit<HazardInput, 'attachmentIds'>;
  /** For the queue list: the enterprise's name as picked. */
  enterpriseName?: string;
  photos: QueuedPhoto[];
  status: QueueStatus;
  attempts: number;
  /** Epoch millis before which the worker leaves a queued item alone (backoff). */
  nextAttemptAt: number;
  lastError?: string;
  failure?: QueueFailure;
  hazardId?: string;
  hazardCode?: string;
  sentAt?: number;
}
