import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Select } from '@/components/Select';
import { TextField } from '@/components/TextField';
import type { Supplier } from '@/features/suppliers/api';
import { formatMoney } from '@/i18n/format';
import { checkOffers, type LotAmounts } from './amounts';
import { lotsOf, useSubmitBid, type Tender } from './api';

/** The kinds each reservation admits (tender-service Reservation), to warn before the API refuses. */
const ELIGIBLE: Record<string, string[]> = {
  DISABILITY: ['EA', 'EATT', 'ESAT'],
  INSERTION: ['EI', 'AI', 'ACI', 'ETTI', 'EITI'],
  BOTH: ['EA', 'EATT', 'ESAT', 'EI', 'AI', 'ACI', 'ETTI', 'EITI'],
  ESS: ['ESUS', 'SCOP', 'SCIC', 'ASSOCIATION', 'OTHER_ESS'],
};

/** Lot numbers named in a refusal's message ("… cannot perform lot 2, reserved to …"). */
function lotsNamedIn(message: string | undefined): number[] {
  return [...(message ?? '').matchAll(/\blots? (\d+)/g)].map((match) => Number(match[1]));
}

/**
 * A supplier bids alone: which of its VERIFIED structures, an amount per lot (EUR excluding VAT).
 * The submission carries one Idempotency-Key for this form, so a double click or a retry makes one
 * bid; the button is disabled while it is pending. Rules the API refuses are shown next to the lot.
 */
export function BidForm({ tender, structures }: { tender: Tender; structures: Supplier[] }) {
  const { t } = useTranslation();
  const tenderId = tender.id ?? '';
  const submit = useSubmitBid(tenderId);
  const lots = lotsOf(tender);
  const [supplierId, setSupplierId] = useState(structures.length === 1 ? (structures[0]?.id ?? '') : '');
  const [amounts, setAmounts] = useState<LotAmounts>({});
  const [checked, setChecked] = useState(false);
  const maxLots = tender.lotLimits?.maxLotsPerBidder ?? null;
  const check = checkOffers(amounts, lots.map((lot) => lot.number), maxLots);
  const structure = structures.find((s) => s.id === supplierId);
  const kinds = new Set<string>(structure?.profile?.kinds ?? []);
  const apiError = isApiError(submit.error) ? submit.error : undefined;
  const refusedLots = apiError?.rule ? lotsNamedIn(apiError.detail) : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!supplierId || check.bidProblem || Object.keys(check.lotProblems).length > 0) return;
    submit.mutate({ supplierId, offers: check.offers });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="bid-form-title">
      <h2 id="bid-form-title">{t('bids.form.title')}</h2>
      <Select
        label={t('bids.form.structure')}
        required
        placeholder={t('bids.form.chooseStructure')}
        options={structures.map((s) => ({ value: s.id ?? '', label: s.profile?.legalName ?? s.id ?? '' }))}
        value={supplierId}
        error={checked && !supplierId ? t('bids.form.structureRequired') : apiError?.fieldError('supplierId')}
        onChange={(event) => setSupplierId(event.target.value)}
      />
      <fieldset className="form-section">
        <legend>{t('bids.form.amounts')}</legend>
        <p className="field__hint">
          {t('bids.form.amountsHint')}
          {maxLots != null ? ` ${t('bids.form.maxLots', { count: maxLots })}` : ''}
        </p>
        {lots.map((lot, index) => {
          const problem = check.lotProblems[lot.number];
          const reservedAway = lot.reservation && lot.reservation !== 'NONE' && structure && !(ELIGIBLE[lot.reservation] ?? []).some((k) => kinds.has(k));
          const refused = !refusedLots.includes(lot.number)
            ? undefined
            : apiError?.rule && apiError.rule === lot.reservationArticle
              ? t('bids.form.refusedReserved', { article: apiError.rule })
              : `${apiError?.message ?? ''} ${apiError?.ruleText ?? ''}`.trim();
          const apiField = apiError?.fieldError(`offers[${check.offers.findIndex((o) => o.lotNumber === lot.number)}].amount`);
          return (
            <div key={lot.number} className="lot-row">
              {lot.reservationNotice && <p className="field__hint">{lot.reservationNotice}</p>}
              {reservedAway && (
                <p className="field__error">{t('bids.form.notEligible', { article: lot.reservationArticle ?? '' })}</p>
              )}
              <TextField
                label={t('bids.form.amountOf', { number: lot.number, title: lot.title })}
                hint={index === 0 ? t('bids.form.amountExample') : undefined}
                inputMode="decimal"
                autoComplete="off"
                value={amounts[lot.number] ?? ''}
                error={(checked && problem ? t(`bids.amount.${problem}`) : undefined) ?? refused ?? apiField}
                onChange={(event) => setAmounts({ ...amounts, [lot.number]: event.target.value })}
              />
            </div>
          );
        })}
        {checked && check.bidProblem && (
          <p className="field__error" role="alert">
            {t(`bids.form.${check.bidProblem}`, { count: maxLots ?? 0 })}
          </p>
        )}
      </fieldset>
      {check.offers.length > 0 && !check.bidProblem && (
        <p>
          {t('bids.form.total', {
            total: formatMoney(check.offers.reduce((sum, offer) => sum + offer.amount, 0)),
          })}
        </p>
      )}
      {submit.error && refusedLots.length === 0 && <ErrorAlert error={submit.error} onRetry={apiError?.kind === 'network' || apiError?.kind === 'unavailable' ? () => submit.mutate({ supplierId, offers: check.offers }) : undefined} />}
      <Button type="submit" busy={submit.isPending}>
        {submit.isPending ? t('bids.form.submitting') : t('bids.form.submit')}
      </Button>
    </form>
  );
}
