import { useSyncExternalStore } from 'react';

/** Tracks a CSS media query; read synchronously so the first paint already has the right layout. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => {
        list.removeEventListener('change', onChange);
      };
    },
    () => window.matchMedia(query).matches,
    () => true,
  );
}
