import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { searchApi, unwrap } from '@/api/client';

export const unreadCountKey = ['notifications', 'unread-count'] as const;
const feedKey = (page: number) => ['notifications', 'feed', page] as const;

/** How often the header's badge asks for the unread count while the tab is visible. */
export const UNREAD_POLL_MS = 30_000;

/**
 * The unread count for the badge: polled every 30 s while the tab is visible (TanStack Query stops
 * interval refetches in a hidden tab), and refetched when the window regains focus.
 */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: () => unwrap(searchApi.GET('/api/v1/notifications/unread-count')),
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    select: (data) => data.unread,
  });
}

/** The feed, unread first, one page of 20 (`page` is 0-based). */
export function useNotifications(page: number) {
  return useQuery({
    queryKey: feedKey(page),
    queryFn: () => unwrap(searchApi.GET('/api/v1/notifications', { params: { query: { page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
}

function useInvalidateNotifications() {
  const queries = useQueryClient();
  return () => queries.invalidateQueries({ queryKey: ['notifications'] });
}

export function useMarkRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: (id: string) => unwrap(searchApi.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({
    mutationFn: () => unwrap(searchApi.POST('/api/v1/notifications/read-all')),
    onSuccess: invalidate,
  });
}

/**
 * The page of the app a notification's link (an API path, as the services write it) is about:
 * a tender, my bid on it, or a groupement. Unknown links are not shown.
 */
export function appPathOf(link: string | undefined | null): string | undefined {
  if (!link) return undefined;
  const bid = /^\/api\/v1\/tenders\/([^/]+)\/bids\/[^/]+$/.exec(link);
  if (bid) return `/appels-offres/${bid[1]}/offre`;
  const tender = /^\/api\/v1\/tenders\/([^/]+)$/.exec(link);
  if (tender) return `/appels-offres/${tender[1]}`;
  const groupement = /^\/api\/v1\/consortia\/([^/]+)/.exec(link);
  if (groupement) return `/groupements/${groupement[1]}`;
  return link.startsWith('/') && !link.startsWith('/api/') ? link : undefined;
}
