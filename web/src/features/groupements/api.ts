import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { consortiaApi, searchApi, suppliersApi, tendersApi, unwrap } from '@/api/client';
import type { components as SearchSchemas } from '@/api/generated/search';
import type { components as SupplierSchemas } from '@/api/generated/suppliers';
import type { components as TenderSchemas } from '@/api/generated/tenders';
import type { CreateGroupement, Groupement, GroupementSummary, Message, Page, PartnerSuggestions } from './model';
import { ifMatch } from './model';

/** How often the thread is read again while the page is visible (TanStack pauses when hidden). */
export const THREAD_POLL_MS = 10_000;
/** How often a SUBMITTING groupement is read again until tender-service records or refuses the bid. */
export const SUBMITTING_POLL_MS = 2_000;

export const groupementKeys = {
  mine: (page: number) => ['groupements', 'mine', page] as const,
  one: (id: string) => ['groupements', id] as const,
  messages: (id: string) => ['groupements', id, 'messages'] as const,
  suggestions: (id: string, uncovered: string) => ['groupements', id, 'suggestions', uncovered] as const,
};

export function useMyGroupements(page: number) {
  return useQuery({
    queryKey: groupementKeys.mine(page),
    queryFn: ({ signal }) =>
      unwrap(consortiaApi.GET('/api/v1/consortia', { params: { query: { page, size: 20 } }, signal })) as Promise<
        Page<GroupementSummary>
      >,
  });
}

export function useGroupement(id: string) {
  return useQuery({
    queryKey: groupementKeys.one(id),
    queryFn: ({ signal }) =>
      unwrap(consortiaApi.GET('/api/v1/consortia/{id}', { params: { path: { id } }, signal })) as Promise<Groupement>,
    refetchInterval: (query) => (query.state.data?.status === 'SUBMITTING' ? SUBMITTING_POLL_MS : false),
  });
}

export type MySupplier = SupplierSchemas['schemas']['SupplierResponse'];

/** The structures the user acts for (`GET /api/v1/suppliers/mine`). */
export function useMySuppliers(enabled = true) {
  return useQuery({
    queryKey: ['suppliers', 'mine'],
    enabled,
    queryFn: ({ signal }) =>
      unwrap(suppliersApi.GET('/api/v1/suppliers/mine', { params: { query: { size: 100 } }, signal })) as Promise<
        Page<MySupplier>
      >,
  });
}

export type TenderForGroupement = TenderSchemas['schemas']['TenderResponse'];

export function useTender(id: string | undefined) {
  return useQuery({
    queryKey: ['tenders', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      unwrap(tendersApi.GET('/api/v1/tenders/{id}', { params: { path: { id: id ?? '' } }, signal })) as Promise<TenderForGroupement>,
  });
}

const THREAD_PAGE = 100;

function threadPage(id: string, page: number, signal: AbortSignal) {
  return unwrap(
    consortiaApi.GET('/api/v1/consortia/{id}/messages', { params: { path: { id }, query: { page, size: THREAD_PAGE } }, signal }),
  ) as Promise<Page<Message>>;
}

/**
 * The latest messages, oldest first (the API pages the thread oldest first: past one page, the last
 * two pages are read so the newest are always there), and how many older ones are not shown.
 */
export function useThread(id: string, enabled: boolean) {
  return useQuery({
    queryKey: groupementKeys.messages(id),
    enabled,
    queryFn: async ({ signal }) => {
      const first = await threadPage(id, 0, signal);
      if (first.totalPages <= 1) return { messages: first.content, older: 0 };
      const last = first.totalPages - 1;
      const pages = await Promise.all([threadPage(id, last - 1, signal), threadPage(id, last, signal)]);
      const messages = pages.flatMap((p) => p.content);
      return { messages, older: Math.max(0, first.totalElements - messages.length) };
    },
    refetchInterval: THREAD_POLL_MS,
  });
}

export function usePostMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      unwrap(consortiaApi.POST('/api/v1/consortia/{id}/messages', { params: { path: { id } }, body: { text } })) as Promise<Message>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupementKeys.messages(id) }),
  });
}

/** Partners for the lots no accepted member performs; asked again when those lots change. */
export function useSuggestions(id: string, uncoveredLots: readonly number[]) {
  return useQuery({
    queryKey: groupementKeys.suggestions(id, uncoveredLots.join(',')),
    enabled: uncoveredLots.length > 0,
    queryFn: ({ signal }) =>
      unwrap(consortiaApi.GET('/api/v1/consortia/{id}/suggestions', { params: { path: { id } }, signal })) as Promise<PartnerSuggestions>,
    staleTime: 60_000,
  });
}

export type SupplierHit = SearchSchemas['schemas']['SupplierHit'];

/** The catalogue search, for picking a partner by name. */
export function useSupplierSearch(q: string) {
  return useQuery({
    queryKey: ['search', 'suppliers', 'picker', q],
    enabled: q.trim().length >= 2,
    queryFn: ({ signal }) =>
      unwrap(searchApi.GET('/api/v1/search/suppliers', { params: { query: { q, size: 8 } }, signal })) as Promise<Page<SupplierHit>>,
    staleTime: 30_000,
  });
}

export function useCreateGroupement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGroupement) => unwrap(consortiaApi.POST('/api/v1/consortia', { body })) as Promise<Groupement>,
    onSuccess: (created) => {
      queryClient.setQueryData(groupementKeys.one(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['groupements', 'mine'] });
    },
  });
}

/**
 * Every write of the workspace: sends the version the screen shows in `If-Match` and puts the
 * groupement it answers in the cache. A 412 (someone changed it meanwhile) is left to the caller,
 * which reloads and shows what changed.
 */
export function useGroupementWrite<Vars>(
  groupement: Groupement,
  call: (vars: Vars, headers: { 'If-Match': string }) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Vars) => call(vars, { 'If-Match': ifMatch(groupement) }),
    onSuccess: (answer) => {
      // Change-request decisions answer the list of requests, not the groupement: read it again.
      if (answer && typeof answer === 'object' && 'id' in answer && 'status' in answer) {
        queryClient.setQueryData(groupementKeys.one(groupement.id), answer as Groupement);
      } else {
        void queryClient.invalidateQueries({ queryKey: groupementKeys.one(groupement.id) });
      }
      void queryClient.invalidateQueries({ queryKey: ['groupements', 'mine'] });
    },
  });
}
