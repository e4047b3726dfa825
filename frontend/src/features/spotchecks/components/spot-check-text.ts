import type { TFunction } from 'i18next';

/** A half-year key in words: 2026-H1 → 2026年上半年 (en: 2026 H1). */
export function halfLabel(t: TFunction, key: string): string {
  const [year, half] = key.split('-H');
  return t(half === '1' ? 'spotChecks.half1' : 'spotChecks.half2', { year });
}
