import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-context';
import { expectData } from '@/lib/problem';
import { assessmentKeys } from '../api/assessments';
import { leaves as leavesOf, type ExplainedScore, type Indicator } from '../api/types';

/** One target's columns on the board: what self-assessment, metrics, departments and the review contributed. */
export interface BoardColumns {
  self: number | null;
  auto: number | null;
  department: number | null;
  /** Leaves the review overrode, and by how much in all. */
  overrides: number;
  reviewDelta: number;
}

export function boardColumns(explained: ExplainedScore, indicators: readonly Indicator[]): BoardColumns {
  const method = new Map(leavesOf(indicators).map((l) => [l.code, l.method]));
  const selfCodes = new Set(explained.values.filter((v) => v.kind === 'SELF').map((v) => v.code));
  const deptCodes = new Set(explained.values.filter((v) => v.kind === 'DEPARTMENT').map((v) => v.code));
  let self: number | null = null;
  let auto: number | null = null;
  let department: number | null = null;
  let overrides = 0;
  let reviewDelta = 0;
  for (const leaf of explained.score.leaves) {
    const m = method.get(leaf.code);
    const computed = leaf.computed ?? 0;
    if ((m === 'MANUAL_DEDUCT' || m === 'CHECKLIST') && selfCodes.has(leaf.code)) self = (self ?? 0) + computed;
    if (m === 'AUTO_METRIC' && !leaf.missing) auto = (auto ?? 0) + computed;
    if (m === 'DEPARTMENT_SCORED' && deptCodes.has(leaf.code)) department = (department ?? 0) + computed;
    if (leaf.overridden) {
      overrides += 1;
      reviewDelta += leaf.points - computed;
    }
  }
  return { self, auto, department, overrides, reviewDelta };
}

/**
 * The explained scores of every assessment of the scheme the caller may see, by assessment id: one batched request per
 * page of 50 (not one per target).
 */
export function useBoardScores(schemeId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: assessmentKeys.scoresOfScheme(schemeId),
    queryFn: async () => {
      const byId = new Map<string, ExplainedScore>();
      let cursor: string | undefined;
      do {
        const page = expectData(
          await client.GET('/api/v1/assessments/scores', { params: { query: { schemeId, limit: 50, ...(cursor ? { cursor } : {}) } } }),
        );
        for (const e of page.items) byId.set(e.assessment.id, e);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return byId;
    },
    enabled: Boolean(schemeId),
  });
}
