import { watchReports, type ReportDb } from './db';
import { isHazardReport } from './types';

/** How a just-saved report's first upload ended: on the server, refused, waiting for a retry, or still going. */
export type UploadOutcome = 'sent' | 'failed' | 'retrying' | 'slow';

/**
 * Resolves when the sync worker is done with the report's first try (or after `patience` ms), so a "正在上传"
 * message lasts exactly as long as the upload and then says how it ended.
 */
export function uploadOutcome(db: ReportDb, id: string, patience = 60_000): Promise<{ outcome: UploadOutcome; code?: string }> {
  return new Promise((resolve) => {
    const unsubscribe = watchReports(
      db,
      () => db.reports.get(id),
      (item) => {
        if (item?.status === 'sent') finish({ outcome: 'sent', code: isHazardReport(item) ? item.hazardCode : undefined });
        else if (item?.status === 'failed') finish({ outcome: 'failed' });
        else if (!item || (item.status === 'queued' && item.attempts > 0)) finish({ outcome: 'retrying' });
      },
      () => {
        finish({ outcome: 'retrying' });
      },
    );
    const timer = setTimeout(() => {
      finish({ outcome: 'slow' });
    }, patience);
    function finish(result: { outcome: UploadOutcome; code?: string }) {
      clearTimeout(timer);
      unsubscribe();
      resolve(result);
    }
  });
}
