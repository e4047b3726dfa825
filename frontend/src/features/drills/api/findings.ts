import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { fetchBinary, saveBlob } from '@/lib/download';
import { expectData } from '@/lib/problem';
import { drillKeys } from './keys';
import type { DrillFinding, DrillFindingInput, DrillFindingTransition, VersionedFinding } from './types';

export async function getFindings(client: ApiClient, drillId: string): Promise<DrillFinding[]> {
  return expectData(await client.GET('/api/v1/drills/{id}/findings', { params: { path: { id: drillId } } })).items;
}

export function useFindings(drillId: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({ queryKey: drillKeys.findings(drillId), queryFn: () => getFindings(client, drillId), enabled });
}

/** Records a finding; the same Idempotency-Key and body replay the first answer (a double tap records it once). */
export async function createFinding(client: ApiClient, drillId: string, input: DrillFindingInput, idempotencyKey: string): Promise<VersionedFinding> {
  const result = await client.POST('/api/v1/drills/{id}/findings', {
    params: { path: { id: drillId }, header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  return { finding: expectData(result), etag: result.response.headers.get('ETag') };
}

export interface TransitionFindingRequest {
  finding: DrillFinding;
  transition: DrillFindingTransition;
  idempotencyKey: string;
}

export async function transitionFinding(client: ApiClient, { finding, transition, idempotencyKey }: TransitionFindingRequest): Promise<VersionedFinding> {
  const result = await client.POST('/api/v1/drill-findings/{id}/transitions', {
    params: { path: { id: finding.id }, header: { 'If-Match': `"${finding.version}"`, 'Idempotency-Key': idempotencyKey } },
    body: transition,
  });
  return { finding: expectData(result), etag: result.response.headers.get('ETag') };
}

function useRefreshFindings() {
  const queryClient = useQueryClient();
  return (drillId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: drillKeys.findings(drillId) }),
      // CLOSE waits for the findings' owners and deadlines: the drill's allowed actions follow them.
      queryClient.invalidateQueries({ queryKey: drillKeys.drill(drillId), exact: true }),
    ]);
}

export function useCreateFinding() {
  const client = useApiClient();
  const refresh = useRefreshFindings();
  return useMutation({
    mutationFn: ({ drillId, input, idempotencyKey }: { drillId: string; input: DrillFindingInput; idempotencyKey: string }) =>
      createFinding(client, drillId, input, idempotencyKey),
    onSuccess: (saved) => refresh(saved.finding.drillId),
  });
}

export function useTransitionFinding() {
  const client = useApiClient();
  const refresh = useRefreshFindings();
  return useMutation({
    mutationFn: (request: TransitionFindingRequest) => transitionFinding(client, request),
    onSuccess: (saved) => refresh(saved.finding.drillId),
  });
}

/** 演练评估报告 (GB/T 46792 annex E) as a PDF, saved under the drill's title. */
export async function downloadEvaluationReport(client: ApiClient, drillId: string, fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, `/api/v1/drills/${drillId}/evaluation/report.pdf`, 'application/pdf'), fileName);
}

/** 演练总结报告 (D19) as a PDF, saved under the drill's title; the server answers it once the drill was held. */
export async function downloadSummaryReport(client: ApiClient, drillId: string, fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, `/api/v1/drills/${drillId}/summary-report.pdf`, 'application/pdf'), fileName);
}
