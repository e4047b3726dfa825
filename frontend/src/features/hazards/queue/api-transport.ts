import type { ApiClient } from '@/lib/api-client';
import { uploadAttachment } from '@/lib/attachments';
import { reportHazard } from '../api/report-hazard';
import type { ReportTransport } from '@/lib/offline-queue/sync';

export function apiTransport(client: ApiClient): ReportTransport {
  return {
    uploadPhoto: async (photo) => {
      const blob = new Blob([photo.data], { type: photo.contentType });
      return (await uploadAttachment(client, blob, photo.fileName, photo.key)).id;
    },
    report: async (key, input) => {
      const hazard = await reportHazard(client, input, key);
      return { id: hazard.id, code: hazard.code };
    },
  };
}
