import type { ApiClient } from '@/lib/api-client';
import { expectData } from '@/lib/problem';
import type { Hazard, HazardInput } from './types';

/** Registers a ticket; the same Idempotency-Key and body replay the first answer and create nothing twice. */
export async function reportHazard(client: ApiClient, input: HazardInput, idempotencyKey: string): Promise<Hazard> {
  const result = await client.POST('/api/v1/hazards', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return expectData(result);
}
