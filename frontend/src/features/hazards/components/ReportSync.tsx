import { useEffect } from 'react';
import { useApiClient } from '@/lib/api-context';
import { can, useMe } from '@/lib/session';
import { useScopeEnterprises } from '../api/get-enterprises';
import { apiTransport, type QueueSenders } from '../queue/api-transport';
import { reportDb } from '@/lib/offline-queue/db';
import { setActiveWorker } from '@/lib/offline-queue/active-worker';
import { startSyncWorker } from '@/lib/offline-queue/sync-worker';

/**
 * Mounted once in the signed-in shell: sends queued reports, fulfilment records and drill timeline entries (now, when
 * back online, on a backoff timer) and warms the offline list of the caller's enterprises so a report can be written
 * without network. The app hands in how the other features' items are stored (`senders`): features do not import
 * each other.
 */
export function ReportSync({ senders }: { senders: QueueSenders }) {
  const client = useApiClient();
  const me = useMe();
  const reporter = can(me.data, 'REPORT_HAZARDS');
  useScopeEnterprises({ enabled: reporter });

  useEffect(() => {
    const worker = startSyncWorker({ db: reportDb, transport: apiTransport(client, senders) });
    setActiveWorker(worker);
    return () => {
      setActiveWorker(undefined);
      worker.stop();
    };
  }, [client, senders]);
  return null;
}
