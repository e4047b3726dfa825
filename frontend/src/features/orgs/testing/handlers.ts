import { http } from 'msw';
import { json } from '@/test/http';

interface OrgLike {
  id: string;
  version: number;
}

/** The org routes as the tests answer them (MSW). */
export const orgHandlers = {
  /** The org with its ETag (its version). */
  detail: (org: OrgLike) => http.get(`/api/v1/orgs/${org.id}`, () => json(org, { headers: { ETag: `"${org.version}"` } })),
};
