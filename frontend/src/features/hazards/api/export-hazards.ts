import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import { fetchBinary, saveBlob } from '@/lib/download';
import { toSearchParams } from '../hooks/use-hazard-filters';
import type { HazardFilters } from './get-hazards';

export const pdfType = 'application/pdf';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The ticket's 一患一档 dossier, saved as "<code>.pdf". */
export function useDossierDownload() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ id, code }: { id: string; code: string }) => {
      const blob = await fetchBinary(client, `/api/v1/hazards/${encodeURIComponent(id)}/dossier.pdf`, pdfType);
      saveBlob(blob, `${code}.pdf`);
    },
  });
}

/** The filtered list as a workbook (the server refuses more than 20,000 rows with a 422). */
export function useHazardExport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ filters, fileName }: { filters: HazardFilters; fileName: string }) => {
      const query = toSearchParams(filters);
      query.delete('sort');
      const search = query.toString();
      const blob = await fetchBinary(client, `/api/v1/hazards/export.xlsx${search ? `?${search}` : ''}`, xlsxType);
      saveBlob(blob, fileName);
    },
  });
}
