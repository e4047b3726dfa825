import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from '@/lib/problem';

/** Client errors (4xx) are answers, not glitches: retrying them only delays the message. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        // Kept a day rather than 5 minutes: the offline snapshot holds what is in the cache (offline-cache.ts).
        gcTime: 24 * 60 * 60_000,
      },
      mutations: { retry: false },
    },
  });
}
