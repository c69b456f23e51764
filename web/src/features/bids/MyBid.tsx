import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import { Badge, type BadgeTone } from '@/components/Badge';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime, formatMoney } from '@/i18n/format';
import { isOpenForBids, lotsOf, useBidDocuments, useUploadBidDocument, useWithdrawBid, type Bid, type Tender } from './api';

const TONES: Record<string, BadgeTone> = { PENDING: 'info', VALID: 'info', AWARDED: 'success', DISQUALIFIED: 'alert', WITHDRAWN: 'neutral' };

function Documents({ tenderId, bidId, canAdd }: { tenderId: string; bidId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const documents = useBidDocuments(tenderId, bidId);
  const upload = useUploadBidDocument(tenderId, bidId);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const apiError = isApiError(upload.error) ? upload.error : undefined;
  const explain =
    apiError?.kind === 'too-large' ? t('bids.documents.tooLarge') : apiError?.kind === 'unsupported-type' ? t('bids.documents.unsupported') : undefined;
  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('bids.documents.title')}</h3>
      {documents.error && <ErrorAlert error={documents.error} />}
      {(documents.data ?? []).length === 0 ? (
        <p>{t('bids.documents.none')}</p>
      ) : (
        <ul>
          {(documents.data ?? []).map((document) => (
            <li key={document.id}>
              <a href={`/api/v1/tenders/${tenderId}/bids/${bidId}/documents/${document.id}`}>{document.fileName ?? document.id}</a>
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const file = input.current?.files?.[0];
            if (file) upload.mutate(file, { onSuccess: () => input.current && (input.current.value = '') });
          }}
        >
          <div className="field">
            <label htmlFor={inputId}>{t('bids.documents.choose')}</label>
            <p className="field__hint" id={`${inputId}-hint`}>
              {t('bids.documents.hint')}
            </p>
            <input id={inputId} ref={input} type="file" className="field__control" aria-describedby={`${inputId}-hint`} />
          </div>
          {upload.error && (
            <div role="alert" className="alert alert--error">
              <p>{apiError?.message ?? t('problem.server')}</p>
              {explain && <p>{explain}</p>}
            </div>
          )}
          {upload.isSuccess && (
            <p role="status" className="alert alert--info">
              {t('bids.documents.added')}
            </p>
          )}
          <Button type="submit" variant="secondary" busy={upload.isPending}>
            {t('bids.documents.upload')}
          </Button>
        </form>
      )}
    </section>
  );
}

/** My bid on the tender: what I offered, its status and outcome, its documents; withdraw before the deadline. */
export function MyBid({ tender, bid }: { tender: Tender; bid: Bid }) {
  const { t } = useTranslation();
  const tenderId = tender.id ?? '';
  const withdraw = useWithdrawBid(tenderId);
  const open = isOpenForBids(tender);
  const active = bid.status === 'PENDING' || bid.status === 'VALID' || bid.status === 'AWARDED';
  const lots = new Map(lotsOf(tender).map((lot) => [lot.number, lot.title]));
  const bidder = bid.tenderers?.[0];
  const outcome =
    bid.status === 'AWARDED'
      ? t('bids.mine.outcomeWon')
      : tender.status === 'AWARDED' && active
        ? t('bids.mine.outcomeLost')
        : !open && active
          ? t('bids.mine.outcomePending')
          : undefined;

  return (
    <section aria-labelledby="my-bid-title">
      <h2 id="my-bid-title">{t('bids.mine.title')}</h2>
      <p>
        <Badge tone={TONES[bid.status ?? ''] ?? 'neutral'}>{t(`bids.status.${bid.status ?? 'PENDING'}`)}</Badge>{' '}
        {bidder && t('bids.mine.by', { name: bidder.legalName ?? bidder.supplierId })}
      </p>
      {bid.submittedAt && <p>{t('bids.mine.submittedAt', { date: formatDateTime(bid.submittedAt) })}</p>}
      {bid.withdrawnAt && <p>{t('bids.mine.withdrawnAt', { date: formatDateTime(bid.withdrawnAt) })}</p>}
      {outcome && (
        <p role="status" className="alert alert--info">
          {outcome}
        </p>
      )}
      <table>
        <caption className="visually-hidden">{t('bids.mine.offersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bids.mine.lot')}</th>
            <th scope="col">{t('bids.mine.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {(bid.offers ?? []).map((offer) => (
            <tr key={offer.lotNumber}>
              <th scope="row">{t('bids.lot', { number: offer.lotNumber, title: lots.get(offer.lotNumber ?? 0) ?? '' })}</th>
              <td>{offer.amount != null ? formatMoney(offer.amount) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Documents tenderId={tenderId} bidId={bid.id ?? ''} canAdd={open && active} />
      {open && active && (
        <>
          {withdraw.error && <ErrorAlert error={withdraw.error} />}
          <Button
            variant="danger"
            busy={withdraw.isPending}
            onClick={() => window.confirm(t('bids.mine.confirmWithdraw')) && withdraw.mutate(bid.id ?? '')}
          >
            {t('bids.mine.withdraw')}
          </Button>
        </>
      )}
    </section>
  );
}
