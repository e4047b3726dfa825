import { Dexie, type EntityTable } from 'dexie';
import type { EnterpriseChoice } from '../api/get-enterprises';
import type { QueuedReport } from './types';

/** The phone's own store: reports written before any network call, and the enterprises to pick offline. */
export class ReportDb extends Dexie {
  reports!: EntityTable<QueuedReport, 'id'>;
  enterprises!: EntityTable<EnterpriseChoice, 'id'>;

  constructor(name = 'redline-hazard-reports') {
    super(name);
    this.version(1).stores({
      reports: 'id, status, createdAt',
      enterprises: 'id, name',
    });
  }
}

export const reportDb = new ReportDb();
