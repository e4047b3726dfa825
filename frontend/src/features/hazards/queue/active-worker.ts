import type { SyncWorker } from './sync-worker';

let active: SyncWorker | undefined;

export function setActiveWorker(worker: SyncWorker | undefined): void {
  active = worker;
}

/** Asks the running worker to send now (after a new report, or a retry tap); a no-op before sign-in. */
export function kickSync(): void {
  active?.kick();
}
