import { useSearchParams } from 'react-router';
import { orgKinds, type OrgFilters, type OrgKind } from '../api/get-orgs';

const keys = ['q', 'kind', 'industry', 'parentId'] as const;

function isKind(value: string | null): value is OrgKind {
  return value !== null && (orgKinds as readonly string[]).includes(value);
}

/** The list filters live in the URL so a filtered view can be shared, reloaded and navigated back to. */
export function useOrgFilters(): [OrgFilters, (change: Partial<OrgFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const filters: OrgFilters = {};
  const q = params.get('q');
  if (q) filters.q = q;
  if (isKind(kind)) filters.kind = kind;
  const industry = params.get('industry');
  if (industry) filters.industry = industry;
  const parentId = params.get('parentId');
  if (parentId) filters.parentId = parentId;

  const update = (change: Partial<OrgFilters>) => {
    const next = { ...filters, ...change };
    const search = new URLSearchParams();
    for (const key of keys) {
      const value = next[key];
      if (value) search.set(key, value);
    }
    setParams(search);
  };
  return [filters, update];
}
