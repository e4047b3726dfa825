import { http } from 'msw';
import { json } from '@/test/http';
import type { MyDuty } from '../api/get-my-duties';
import type { Post } from '../api/get-my-posts';
import type { RequirementRule } from '../api/types';

/** The duty routes as the tests answer them (MSW). */
export const dutyHandlers = {
  myDuties: (items: readonly MyDuty[], today = '2026-12-10') => http.get('/api/v1/duty-reports/my-duties', () => json({ today, items })),
  rules: (items: readonly RequirementRule[]) => http.get('/api/v1/requirement-rules', () => json({ items })),
};

type ResponsibilityList = import('../api/list-types').ResponsibilityList;

/** The list routes as the tests answer them (MSW): one list with its ETag and empty history; a transition answers `after`. */
export const listHandlers = {
  detail: (list: ResponsibilityList) =>
    http.get(`/api/v1/responsibility-lists/${list.id}`, () => json(list, { headers: { ETag: `"${list.version}"` } })),
  history: (list: ResponsibilityList) => http.get(`/api/v1/responsibility-lists/${list.id}/history`, () => json({ items: [] })),
  /** GET /posts of the caller's org: the posts given (the phone keeps those whose holder is the caller). */
  posts: (items: readonly Post[]) => http.get('/api/v1/posts', () => json({ items, nextCursor: null })),
  /** GET /responsibility-lists answered with `items` whatever the filters. */
  lists: (items: readonly ResponsibilityList[]) => http.get('/api/v1/responsibility-lists', () => json({ items, nextCursor: null })),
  transition: (list: ResponsibilityList, after: ResponsibilityList, seen: { body?: unknown; ifMatch?: string | null }) =>
    http.post(`/api/v1/responsibility-lists/${list.id}/transitions`, async ({ request }) => {
      seen.body = await request.json();
      seen.ifMatch = request.headers.get('If-Match');
      return json(after, { headers: { ETag: `"${after.version}"` } });
    }),
};

type FulfilmentRecord = import('../api/record-fulfilment').FulfilmentRecord;

/** The fulfilment record routes as the tests answer them (MSW). */
export const recordHandlers = {
  list: (items: readonly FulfilmentRecord[]) => http.get('/api/v1/fulfilment-records', () => json({ items, nextCursor: null })),
  transition: (record: FulfilmentRecord, after: FulfilmentRecord, seen: { body?: unknown; ifMatch?: string | null }) =>
    http.post(`/api/v1/fulfilment-records/${record.id}/transitions`, async ({ request }) => {
      seen.body = await request.json();
      seen.ifMatch = request.headers.get('If-Match');
      return json(after, { headers: { ETag: `"${after.version}"` } });
    }),
};
