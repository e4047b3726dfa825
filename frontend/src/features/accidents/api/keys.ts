import type { AccidentFilters } from './get-accidents';

/** Every query key of the accident register and the control-indicator status, from one factory. */
export const accidentKeys = {
  all: ['accidents'] as const,
  lists: () => [...accidentKeys.all, 'list'] as const,
  list: (filters: AccidentFilters) => [...accidentKeys.lists(), filters] as const,
  detail: (id: string) => [...accidentKeys.all, 'detail', id] as const,
  history: (id: string) => [...accidentKeys.all, 'history', id] as const,
  /** The control status counts accidents: a saved accident invalidates every status under this key. */
  controls: () => [...accidentKeys.all, 'control-status'] as const,
  control: (orgId: string, year: number, month: number) => [...accidentKeys.controls(), orgId, year, month] as const,
};
