import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiError } from '@/api/problem';
import { sessionQueryKey } from '@/features/auth/session';

// Every query/mutation error is an ApiError (api/client.ts `unwrap`): type it once for the whole app.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** Retry what may pass next time (no answer, 5xx) a couple of times; a 4xx will not change by itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.kind === 'network' || (error.status >= 500 && error.status !== 501);
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onApiError }),
    mutationCache: new MutationCache({ onError: onApiError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });

  // A 401 means the gateway session ended: let the header and guards see it at once.
  function onApiError(error: unknown) {
    if (isApiError(error) && error.kind === 'unauthorized') {
      void client.invalidateQueries({ queryKey: sessionQueryKey });
    }
  }

  return client;
}
