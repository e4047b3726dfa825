import type { SyncWorker } from './sync-worker';

let active: SyncWorker | undefined;

export function setActiveWorker(worker: SyncWorker | undefined): void {
  active = worker;
}

/**
 * Asks the running worker to send now (after a new report, or a retry tap). False when none runs (before sign-in,
 * or offline on the last known identity): the report waits on the phone.
 */
export function kickSync(): boolean {
  active?.kick();
  return active !== undefined;
}
