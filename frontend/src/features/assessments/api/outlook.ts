import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';

export type UnitAssessment = components['schemas']['UnitAssessment'];
export type Projection = components['schemas']['AssessmentProjection'];
export type ProjectionItem = components['schemas']['AssessmentProjectionItem'];
export type VetoWarning = components['schemas']['VetoWarning'];

export const outlookKeys = {
  mine: ['assessments', 'mine'] as const,
  projection: (id: string) => ['assessments', 'projection', id] as const,
  warnings: ['assessments', 'veto-warnings'] as const,
};

/** The assessments of the caller's own unit, open ones first. */
export function useMyAssessments() {
  const client = useApiClient();
  return useQuery({
    queryKey: outlookKeys.mine,
    queryFn: async () => expectData(await client.GET('/api/v1/assessments/mine')).items,
  });
}

/** The live projection of one assessment: provisional total and grade, what can still move, the warnings. */
export function useProjection(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: outlookKeys.projection(id ?? ''),
    queryFn: async () => expectData(await client.GET('/api/v1/assessments/{id}/projection', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** The caller's unit's veto warnings when it has no assessment to project (they come with the projection otherwise). */
export function useVetoWarnings(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: outlookKeys.warnings,
    queryFn: async () => expectData(await client.GET('/api/v1/veto-warnings')).items,
    enabled,
  });
}

/** The items whose points can still move, the most points at stake first. */
export function movingItems(items: readonly ProjectionItem[]): ProjectionItem[] {
  const stake = (i: ProjectionItem) => i.pointsToGain + i.pointsToLose;
  return items.filter((i) => i.canMove).sort((a, b) => stake(b) - stake(a) || a.code.localeCompare(b.code));
}
