import type { ReportDb } from './db';
import { drainQueue, makeAllDue, recoverQueue, type ReportTransport } from './sync';

export interface SyncWorker {
  /** Sends what is due now (after a new report, or when the user taps "retry"). */
  kick: () => void;
  stop: () => void;
}

interface Options {
  db: ReportDb;
  transport: ReportTransport;
  isOnline?: () => boolean;
  now?: () => number;
}

/**
 * Drains the offline queue on start, whenever the browser comes back online, and on a timer set to the
 * earliest backed-off item. One drain at a time per tab; a second tab sending the same item is harmless
 * because every request carries its Idempotency-Key.
 */
export function startSyncWorker({ db, transport, isOnline = () => navigator.onLine, now = Date.now }: Options): SyncWorker {
  // Mutated from callbacks, so kept in one object the type checker does not narrow.
  const flags = { running: false, again: false, stopped: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A kick arrived while draining: drain once more so nothing waits for the timer. */
  const rerun = () => flags.again && !flags.stopped;

  const schedule = (at: number | undefined) => {
    clearTimeout(timer);
    timer = undefined;
    if (at === undefined || flags.stopped) return;
    timer = setTimeout(kick, Math.max(1_000, at - now()));
  };

  async function run() {
    flags.running = true;
    try {
      do {
        flags.again = false;
        if (!isOnline()) return;
        const result = await drainQueue(db, transport, now);
        schedule(result.nextDue);
      } while (rerun());
    } finally {
      flags.running = false;
    }
  }

  function kick() {
    if (flags.stopped) return;
    if (flags.running) {
      flags.again = true;
      return;
    }
    void run().catch(() => {
      // IndexedDB itself failed (e.g. storage evicted): try again later rather than give up.
      schedule(now() + 30_000);
    });
  }

  const onOnline = () => {
    void makeAllDue(db).then(kick);
  };
  window.addEventListener('online', onOnline);
  void recoverQueue(db, now).then(kick);

  return {
    kick,
    stop: () => {
      flags.stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    },
  };
}
