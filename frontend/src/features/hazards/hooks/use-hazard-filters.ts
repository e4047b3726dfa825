import { useSearchParams } from 'react-router';
import type { HazardFilters } from '../api/get-hazards';
import { hazardLevels, hazardSources, isHazardState, type HazardLevel, type HazardSource } from '../api/types';

const date = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** Reads the filters from a query string, dropping anything malformed instead of sending it to the API. */
export function parseHazardFilters(params: URLSearchParams): HazardFilters {
  const filters: HazardFilters = {};
  const states = params.getAll('state').filter(isHazardState);
  if (states.length > 0) filters.state = [...new Set(states)];
  const level = oneOf<HazardLevel>(hazardLevels, params.get('level'));
  if (level) filters.level = level;
  const source = oneOf<HazardSource>(hazardSources, params.get('source'));
  if (source) filters.source = source;
  const overdue = params.get('overdue');
  if (overdue === 'true' || overdue === 'false') filters.overdue = overdue === 'true';
  if (params.get('extensionRequested') === 'true') filters.extensionRequested = true;
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 100);
  const enterpriseId = params.get('enterpriseId');
  if (enterpriseId) filters.enterpriseId = enterpriseId;
  for (const key of ['deadlineFrom', 'deadlineTo'] as const) {
    const value = params.get(key);
    if (value && date.test(value)) filters[key] = value;
  }
  if (params.get('sort') === 'deadline') filters.sort = 'deadline';
  return filters;
}

export function toSearchParams(filters: HazardFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const state of filters.state ?? []) search.append('state', state);
  const scalar = ['level', 'source', 'q', 'enterpriseId', 'deadlineFrom', 'deadlineTo', 'sort'] as const;
  for (const key of scalar) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  if (filters.overdue !== undefined) search.set('overdue', String(filters.overdue));
  if (filters.extensionRequested) search.set('extensionRequested', 'true');
  return search;
}

/** The list filters live in the URL so a filtered view can be shared, reloaded and navigated back to. */
export function useHazardFilters(): [HazardFilters, (change: Partial<HazardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = parseHazardFilters(params);
  const update = (change: Partial<HazardFilters>) => {
    setParams(toSearchParams({ ...filters, ...change }));
  };
  return [filters, update];
}
