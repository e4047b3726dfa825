import type { ApiClient } from '@/lib/api-client';
import { uploadAttachment } from '@/lib/attachments';
import { reportHazard } from '../api/report-hazard';
import type { ReportTransport } from '@/lib/offline-queue/sync';

/** How a queued fulfilment record is stored: given by the app, since it belongs to the duties feature. */
export type RecordSender = (client: ApiClient, idempotencyKey: string, input: Parameters<ReportTransport['record']>[1]) => Promise<{ id: string }>;

/** How a queued drill timeline entry is posted: given by the app, since it belongs to the drills feature. */
export type TimelineEntrySender = (client: ApiClient, drillId: string, input: Parameters<ReportTransport['timelineEntry']>[1]) => Promise<{ id: string }>;

/** What other features send through the one queue, handed in by the app (features do not import each other). */
export interface QueueSenders {
  record: RecordSender;
  timelineEntry: TimelineEntrySender;
}

export function apiTransport(client: ApiClient, { record, timelineEntry }: QueueSenders): ReportTransport {
  return {
    uploadPhoto: async (photo) => {
      const blob = new Blob([photo.data], { type: photo.contentType });
      return (await uploadAttachment(client, blob, photo.fileName, photo.key)).id;
    },
    report: async (key, input) => {
      const hazard = await reportHazard(client, input, key);
      return { id: hazard.id, code: hazard.code };
    },
    record: (key, input) => record(client, key, input),
    timelineEntry: (drillId, input) => timelineEntry(client, drillId, input),
  };
}
