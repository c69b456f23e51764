import { useQuery } from '@tanstack/react-query';
import { networkError, problemFromResponse } from '@/api/problem';

/** `GET /web/session` (the gateway's BFF): who is signed in, never a token. */
export type Session =
  | { authenticated: false }
  | {
      authenticated: true;
      userId: string;
      username: string;
      name?: string;
      email?: string;
      roles: string[];
      organisationSiret?: string;
    };

export type SignedInSession = Extract<Session, { authenticated: true }>;

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/web/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw problemFromResponse(response, await response.json().catch(() => undefined));
  return (await response.json()) as Session;
}

/** The signed-in user, shared by every component (one request, refreshed when the tab regains focus). */
export function useSession() {
  const query = useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
  const session = query.data;
  const user = session?.authenticated ? session : undefined;
  return {
    ...query,
    user,
    isSignedIn: user !== undefined,
    hasRole: (role: string) => user?.roles.includes(role) ?? false,
  };
}

/** The gateway's sign-in URL that brings the user back to `returnTo` (a same-origin path). */
export function signInUrl(returnTo: string): string {
  return `/web/login?returnTo=${encodeURIComponent(returnTo)}`;
}
