import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { reportDb } from '../queue/db';
import type { QueuedReport } from '../queue/types';

/** The offline queue as it changes (this tab or another), newest first. */
export function useReportQueue(): QueuedReport[] | undefined {
  const [items, setItems] = useState<QueuedReport[]>();
  useEffect(() => {
    const subscription = liveQuery(() => reportDb.reports.orderBy('createdAt').reverse().toArray()).subscribe({
      next: setItems,
      error: () => {
        setItems([]);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, []);
  return items;
}

/** Reports not yet on the server: queued, being sent, or stopped by a problem. */
export function pendingCount(items: readonly QueuedReport[] | undefined): number {
  return (items ?? []).filter((item) => item.status !== 'sent').length;
}
