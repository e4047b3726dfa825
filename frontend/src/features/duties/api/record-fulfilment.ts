import type { components } from '@/api/schema';
import type { ApiClient } from '@/lib/api-client';
import { expectData } from '@/lib/problem';

export type FulfilmentInput = components['schemas']['FulfilmentInput'];
export type FulfilmentRecord = components['schemas']['FulfilmentRecord'];

/** Stores a fulfilment record (submitted at once when `submit`); the same Idempotency-Key and body replay the first answer. */
export async function recordFulfilment(client: ApiClient, input: FulfilmentInput, idempotencyKey: string): Promise<FulfilmentRecord> {
  const result = await client.POST('/api/v1/fulfilment-records', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return expectData(result);
}
