import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newIdempotencyKey, tendersApi, unwrap } from '@/api/client';
import type { components } from '@/api/generated/tenders';

export type Tender = components['schemas']['TenderResponse'];
export type Bid = components['schemas']['BidResponse'];
export type BidRequest = components['schemas']['BidRequest'];

const tenderKey = (id: string) => ['tenders', id] as const;
const myBidsKey = (tenderId: string) => ['tenders', tenderId, 'bids', 'mine'] as const;
const bidDocumentsKey = (tenderId: string, bidId: string) => ['tenders', tenderId, 'bids', bidId, 'documents'] as const;
const myInterestKey = (tenderId: string) => ['tenders', tenderId, 'interest', 'mine'] as const;
const questionsKey = (tenderId: string) => ['tenders', tenderId, 'questions'] as const;

export function useTender(id: string) {
  return useQuery({
    queryKey: tenderKey(id),
    queryFn: () => unwrap(tendersApi.GET('/api/v1/tenders/{id}', { params: { path: { id } } })),
  });
}

/** The bids I can read on the tender: before the deadline, the ones I made (sealed for everyone else). */
export function useMyBids(tenderId: string) {
  return useQuery({
    queryKey: myBidsKey(tenderId),
    queryFn: () => unwrap(tendersApi.GET('/api/v1/tenders/{tenderId}/bids', { params: { path: { tenderId } } })),
  });
}

/**
 * Submits the bid with one `Idempotency-Key` per bid form, kept across retries: a double click, a
 * retry after a lost answer or a 503 replays the same submission, and tender-service answers with
 * the bid the first one made, never a second bid.
 */
export function useSubmitBid(tenderId: string) {
  const queries = useQueryClient();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const mutation = useMutation({
    mutationFn: (body: BidRequest) =>
      unwrap(
        tendersApi.POST('/api/v1/tenders/{tenderId}/bids', {
          params: { path: { tenderId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    // A refusal may come from a bid the first try did record (422: same key, other content): show it.
    onSettled: () => queries.invalidateQueries({ queryKey: myBidsKey(tenderId) }),
  });
  return { ...mutation, idempotencyKey };
}

export function useWithdrawBid(tenderId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (bidId: string) =>
      unwrap(tendersApi.POST('/api/v1/tenders/{tenderId}/bids/{bidId}/withdraw', { params: { path: { tenderId, bidId } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: myBidsKey(tenderId) }),
  });
}

export function useBidDocuments(tenderId: string, bidId: string) {
  return useQuery({
    queryKey: bidDocumentsKey(tenderId, bidId),
    queryFn: () =>
      unwrap(tendersApi.GET('/api/v1/tenders/{tenderId}/bids/{bidId}/documents', { params: { path: { tenderId, bidId } } })),
  });
}

export function useUploadBidDocument(tenderId: string, bidId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(
        tendersApi.POST('/api/v1/tenders/{tenderId}/bids/{bidId}/documents', {
          params: { path: { tenderId, bidId } },
          body: { file: file as unknown as string },
          // multipart/form-data: the browser writes the boundary.
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: bidDocumentsKey(tenderId, bidId) }),
  });
}

export function useMyInterest(tenderId: string, enabled: boolean) {
  return useQuery({
    queryKey: myInterestKey(tenderId),
    queryFn: () => unwrap(tendersApi.GET('/api/v1/tenders/{tenderId}/interest/mine', { params: { path: { tenderId } } })),
    enabled,
  });
}

export type InterestLevel = 'INTERESTED' | 'NOT_INTERESTED';
export const DECLINE_REASONS = ['TOO_FAR', 'TOO_BIG', 'NOT_OUR_ACTIVITY', 'DEADLINE_TOO_SHORT', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export function useMarkInterest(tenderId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: { level: InterestLevel; reason?: DeclineReason; note?: string; lots?: number[] }) =>
      unwrap(tendersApi.PUT('/api/v1/tenders/{tenderId}/interest', { params: { path: { tenderId } }, body })),
    onSuccess: (data) => queries.setQueryData(myInterestKey(tenderId), data),
  });
}

/** Records once per page visit that a signed-in supplier saw the tender (the buyer sees counts only). */
export function recordView(tenderId: string): Promise<unknown> {
  return unwrap(tendersApi.POST('/api/v1/tenders/{tenderId}/views', { params: { path: { tenderId } } }));
}

export function useQuestions(tenderId: string, enabled: boolean) {
  return useQuery({
    queryKey: questionsKey(tenderId),
    queryFn: () =>
      unwrap(tendersApi.GET('/api/v1/tenders/{tenderId}/questions', { params: { path: { tenderId }, query: { size: 100 } } })),
    enabled,
  });
}

export function useAskQuestion(tenderId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      unwrap(tendersApi.POST('/api/v1/tenders/{tenderId}/questions', { params: { path: { tenderId } }, body: { text } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: questionsKey(tenderId) }),
  });
}

/** Whether the tender still takes bids: PUBLISHED and before its deadline. */
export function isOpenForBids(tender: Tender, now: Date = new Date()): boolean {
  return tender.status === 'PUBLISHED' && !!tender.deadline && new Date(tender.deadline).getTime() > now.getTime();
}

/** The lots a bid is made on: the tender's lots, or lot 1 for a tender without lots. */
export function lotsOf(tender: Tender): { number: number; title: string; reservationArticle?: string | undefined; reservationNotice?: string | undefined; reservation?: string | undefined }[] {
  const lots = tender.lots ?? [];
  if (lots.length === 0) return [{ number: 1, title: tender.title ?? '' }];
  return lots.map((lot) => ({
    number: lot.number ?? 0,
    title: lot.title ?? '',
    reservationArticle: lot.reservationArticle ?? undefined,
    reservationNotice: lot.reservationNotice ?? undefined,
    reservation: lot.reservation ?? undefined,
  }));
}
