import type { ApiClient } from './api-client';
import { ProblemError } from './problem';

/** Hands a Blob to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the click start the download before the URL goes away.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** GETs a binary with the bearer token; a failure throws the server's problem. */
export async function fetchBinary(client: ApiClient, path: string, accept: string): Promise<Blob> {
  const response = await client.raw(path, { headers: { Accept: accept } });
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // not JSON: the status says enough
    }
    throw ProblemError.fromResponse(response, body);
  }
  return response.blob();
}
