import { useEffect, useState } from 'react';
import { reportDb, watchReports } from './db';
import type { QueuedReport } from './types';

/** The offline queue as it changes (this tab or another), newest first. */
export function useReportQueue(): QueuedReport[] | undefined {
  const [items, setItems] = useState<QueuedReport[]>();
  useEffect(
    () =>
      watchReports(reportDb, () => reportDb.reports.newestFirst(), setItems, () => {
        setItems([]);
      }),
    [],
  );
  return items;
}

/** Reports not yet on the server: queued, being sent, or stopped by a problem. */
export function pendingCount(items: readonly QueuedReport[] | undefined): number {
  return (items ?? []).filter((item) => item.status !== 'sent').length;
}
