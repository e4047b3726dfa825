import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the URL, so a filtered view can be shared, reloaded and navigated back to. `parse` reads
 * them from the query string (dropping malformed values); `keys` is the order in which they are written back.
 */
export function useUrlFilters<F extends Partial<Record<K, string>>, K extends string>(
  keys: readonly K[],
  parse: (params: URLSearchParams) => F,
): [F, (change: Partial<F>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = parse(params);
  const update = (change: Partial<F>) => {
    const next: Partial<Record<K, string>> = { ...filters, ...change };
    const search = new URLSearchParams();
    for (const key of keys) {
      const value = next[key];
      if (value) search.set(key, value);
    }
    setParams(search);
  };
  return [filters, update];
}
