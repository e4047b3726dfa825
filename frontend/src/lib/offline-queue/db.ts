import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EnterpriseChoice, QueuedReport, QueueStatus } from './types';

interface Schema extends DBSchema {
  reports: { key: string; value: QueuedReport; indexes: { status: QueueStatus; createdAt: number } };
  enterprises: { key: string; value: EnterpriseChoice; indexes: { name: string } };
}

/**
 * The store's first version was written by Dexie, which opens IndexedDB at ten times its own version number (10):
 * a higher version opens those phones' databases, queued reports included, and a fresh phone gets the same stores.
 */
const version = 20;

const byCreatedAt = (a: QueuedReport, b: QueuedReport) => a.createdAt - b.createdAt;

/**
 * The phone's own store: reports written before any network call, and the enterprises to pick offline. A thin layer
 * over IndexedDB (idb, ~1 kB) that tells its subscribers, in this tab and in others, whenever a report changes.
 */
export class ReportDb {
  private connection: Promise<IDBPDatabase<Schema>> | undefined;
  private readonly listeners = new Set<() => void>();
  private channel: BroadcastChannel | undefined;

  constructor(readonly name = 'redline-hazard-reports') {}

  private open(): Promise<IDBPDatabase<Schema>> {
    this.connection ??= openDB<Schema>(this.name, version, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('reports')) {
          const reports = db.createObjectStore('reports', { keyPath: 'id' });
          reports.createIndex('status', 'status');
          reports.createIndex('createdAt', 'createdAt');
        }
        if (!db.objectStoreNames.contains('enterprises')) {
          db.createObjectStore('enterprises', { keyPath: 'id' }).createIndex('name', 'name');
        }
      },
    });
    return this.connection;
  }

  /** One channel per store object: a message reaches every other tab's object, never the sender's. */
  private broadcast(): BroadcastChannel | undefined {
    if (!this.channel && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(this.name);
      this.channel.onmessage = () => {
        this.notify();
      };
    }
    return this.channel;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private changed(): void {
    this.notify();
    this.broadcast()?.postMessage('changed');
  }

  /** Calls `listener` after every change of a report, made in this tab or another; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.broadcast();
    return () => {
      this.listeners.delete(listener);
    };
  }

  readonly reports = {
    get: async (id: string): Promise<QueuedReport | undefined> => (await this.open()).get('reports', id),
    add: async (item: QueuedReport): Promise<void> => {
      await (await this.open()).add('reports', item);
      this.changed();
    },
    update: async (id: string, changes: Partial<QueuedReport>): Promise<void> => {
      const tx = (await this.open()).transaction('reports', 'readwrite');
      const old = await tx.store.get(id);
      if (old) await tx.store.put({ ...old, ...changes } as QueuedReport);
      await tx.done;
      this.changed();
    },
    delete: async (id: string): Promise<void> => {
      await (await this.open()).delete('reports', id);
      this.changed();
    },
    /** Every report, newest first. */
    newestFirst: async (): Promise<QueuedReport[]> => (await (await this.open()).getAll('reports')).sort(byCreatedAt).reverse(),
    /** The reports in one state, oldest first. */
    withStatus: async (status: QueueStatus): Promise<QueuedReport[]> =>
      (await (await this.open()).getAllFromIndex('reports', 'status', status)).sort(byCreatedAt),
    /** Rewrites (or, when `change` answers null, deletes) every report in one state, in one transaction. */
    changeWithStatus: async (status: QueueStatus, change: (item: QueuedReport) => QueuedReport | null): Promise<void> => {
      const tx = (await this.open()).transaction('reports', 'readwrite');
      for await (const cursor of tx.store.index('status').iterate(status)) {
        const next = change(cursor.value);
        await (next ? cursor.update(next) : cursor.delete());
      }
      await tx.done;
      this.changed();
    },
    /** Replaces one report by `next(old)` in one transaction; undefined when it is gone. */
    replace: async (id: string, next: (old: QueuedReport) => QueuedReport): Promise<QueuedReport | undefined> => {
      const tx = (await this.open()).transaction('reports', 'readwrite');
      const old = await tx.store.get(id);
      const item = old && next(old);
      if (item) {
        await tx.store.delete(id);
        await tx.store.add(item);
      }
      await tx.done;
      this.changed();
      return item;
    },
  };

  readonly enterprises = {
    replaceAll: async (list: readonly EnterpriseChoice[]): Promise<void> => {
      const tx = (await this.open()).transaction('enterprises', 'readwrite');
      await tx.store.clear();
      for (const enterprise of list) await tx.store.put(enterprise);
      await tx.done;
    },
    byName: async (): Promise<EnterpriseChoice[]> => (await this.open()).getAllFromIndex('enterprises', 'name'),
  };

  /** Drops the whole database (tests). */
  async delete(): Promise<void> {
    (await this.connection)?.close();
    this.connection = undefined;
    this.channel?.close();
    this.channel = undefined;
    await deleteDB(this.name);
  }
}

export const reportDb = new ReportDb();

/** Runs `read` now and after every change of the reports, handing each answer to `next`; returns the unsubscribe. */
export function watchReports<T>(db: ReportDb, read: () => Promise<T>, next: (value: T) => void, error: () => void): () => void {
  let stopped = false;
  let latest = 0;
  const run = () => {
    // Only the newest read counts: an older one finishing late must not put back what has changed since.
    const mine = ++latest;
    const current = () => !stopped && mine === latest;
    read().then(
      (value) => {
        if (current()) next(value);
      },
      () => {
        if (current()) error();
      },
    );
  };
  const unsubscribe = db.subscribe(run);
  run();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
