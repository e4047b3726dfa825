import type { RecordFilters } from './get-fulfilment-records';
import type { ListFilters } from './get-lists';

/** Every query key of the duty feature, from one factory (the first element is what the offline snapshot keeps). */
export const dutyKeys = {
  all: ['duties'] as const,
  rules: () => [...dutyKeys.all, 'rules'] as const,
  myPosts: (username: string, orgId: string) => [...dutyKeys.all, 'my-posts', username, orgId] as const,
};

/** Every query key of the responsibility lists: a transition invalidates `listKeys.lists()` and its own detail and history. */
export const listKeys = {
  all: ['lists'] as const,
  lists: () => [...listKeys.all, 'list'] as const,
  list: (filters: ListFilters) => [...listKeys.lists(), filters] as const,
  /** The lists of one post and year (the holder's phone), a plain query beside the register's paged ones. */
  held: (postId: string, year: number) => [...listKeys.lists(), 'held', postId, year] as const,
  detail: (id: string) => [...listKeys.all, 'detail', id] as const,
  history: (id: string) => [...listKeys.all, 'history', id] as const,
};

/** The fulfilment records (履职记录), under the duty feature's first key so the phone keeps them offline. */
export const recordKeys = {
  all: [...dutyKeys.all, 'records'] as const,
  lists: () => [...recordKeys.all, 'list'] as const,
  list: (filters: RecordFilters) => [...recordKeys.lists(), filters] as const,
  detail: (id: string) => [...recordKeys.all, 'detail', id] as const,
  history: (id: string) => [...recordKeys.all, 'history', id] as const,
};
