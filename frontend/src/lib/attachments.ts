// Evidence files (photos, PDFs) are shared by every feature that proves work: hazards, drills, duties.
import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import type { ApiClient } from './api-client';
import { useApiClient } from './api-context';
import { ProblemError } from './problem';

export type Attachment = components['schemas']['Attachment'];

export const attachmentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const maxAttachmentBytes = 10 * 1024 * 1024;

async function problemOf(response: Response): Promise<ProblemError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: the status says enough
  }
  return ProblemError.fromResponse(response, body);
}

/** Uploads the raw file; a retry with the same Idempotency-Key stores it once. */
export async function uploadAttachment(
  client: ApiClient,
  file: Blob,
  fileName: string,
  idempotencyKey?: string,
): Promise<Attachment> {
  const headers = new Headers({ 'Content-Type': file.type });
  if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
  const response = await client.raw(`/api/v1/attachments?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers,
    body: file,
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as Attachment;
}

export async function fetchAttachmentContent(client: ApiClient, id: string): Promise<Blob> {
  const response = await client.raw(`/api/v1/attachments/${encodeURIComponent(id)}/content`);
  if (!response.ok) throw await problemOf(response);
  return response.blob();
}

/** An attachment's bytes fetched with the bearer token (an <img src> cannot send one). */
export function useAttachmentContent(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['attachments', 'content', id],
    queryFn: () => fetchAttachmentContent(client, id),
    staleTime: Infinity,
  });
}
