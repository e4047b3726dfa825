import { useUrlFilters } from '@/lib/use-url-filters';
import { orgKinds, type OrgFilters, type OrgKind } from '../api/get-orgs';

const keys = ['q', 'kind', 'industry', 'parentId'] as const;

function isKind(value: string | null): value is OrgKind {
  return value !== null && (orgKinds as readonly string[]).includes(value);
}

/** Reads the org list's filters from a query string, dropping an unknown kind. */
function parseOrgFilters(params: URLSearchParams): OrgFilters {
  const filters: OrgFilters = {};
  const q = params.get('q');
  if (q) filters.q = q;
  const kind = params.get('kind');
  if (isKind(kind)) filters.kind = kind;
  const industry = params.get('industry');
  if (industry) filters.industry = industry;
  const parentId = params.get('parentId');
  if (parentId) filters.parentId = parentId;
  return filters;
}

/** The list filters live in the URL so a filtered view can be shared, reloaded and navigated back to. */
export function useOrgFilters(): [OrgFilters, (change: Partial<OrgFilters>) => void] {
  return useUrlFilters(keys, parseOrgFilters);
}
