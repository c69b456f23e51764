import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consortiaApi, unwrap } from '@/api/client';
import { Button } from '@/components/Button';
import { TextField } from '@/components/TextField';
import { formatDateTime, formatMoney } from '@/i18n/format';
import { ActionError } from './ActionError';
import { useWorkspaceWrite } from './useWorkspaceWrite';
import { missingForBid, useWorkspace } from './workspace';
import { articleText, explainRule } from './rules';

const AMOUNT = /^\d{1,12}([.,]\d{1,2})?$/;

/**
 * The lead's joint bid: one amount per lot. While the call is pending the button is disabled (a
 * double click sends one request; the API's idempotency key covers retries); a 202 leaves the
 * groupement SUBMITTING, shown as "transmission en cours" and read again until recorded or refused.
 */
export function SubmitJointBid() {
  const { t } = useTranslation();
  const { groupement, isLead } = useWorkspace();
  const missing = missingForBid(groupement);
  const lots = groupement.lots ?? [];
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [touched, setTouched] = useState(false);
  const submit = useWorkspaceWrite((offers: { lotNumber: number; amount: number }[], headers, id) =>
    unwrap(consortiaApi.POST('/api/v1/consortia/{id}/submit', { params: { path: { id }, header: headers }, body: { offers } })),
  );
  const submission = groupement.submission;

  if (groupement.status === 'SUBMITTING') {
    return (
      <div role="status" aria-live="polite" className="alert alert--info submit-status">
        <span className="loading__spinner" aria-hidden="true" />
        {t('groupements.submit.submitting')}
      </div>
    );
  }
  if (groupement.status === 'SUBMITTED') {
    return (
      <div role="status" className="alert alert--info submit-status">
        <p>{t('groupements.submit.submitted', { date: submission?.submittedAt ? formatDateTime(submission.submittedAt) : '' })}</p>
        {submission?.offers && (
          <ul>
            {submission.offers.map((offer) => (
              <li key={offer.lotNumber}>{t('groupements.submit.offerLine', { lot: offer.lotNumber, amount: formatMoney(offer.amount ?? 0) })}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (groupement.status === 'EXPIRED') {
    return <p className="alert alert--error">{t('groupements.submit.expired')}</p>;
  }
  if (!isLead) {
    return <p>{t('groupements.submit.leadOnly')}</p>;
  }

  const invalid = (lot: number) => !AMOUNT.test((amounts[lot] ?? '').trim());
  const refused = submission?.refusedRule ? explainRule(submission.refusedRule) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (submit.isPending || lots.some((lot) => invalid(lot.number))) return;
    submit.mutate(lots.map((lot) => ({ lotNumber: lot.number, amount: Number((amounts[lot.number] ?? '').replace(',', '.')) })));
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('groupements.submit.title')}>
      {refused && (
        <div className="alert alert--error" role="alert">
          <p>{t('groupements.submit.refused')}</p>
          <p>{refused.message}</p>
          {refused.article && <p>{articleText(refused.article)}</p>}
        </div>
      )}
      {lots.map((lot) => (
        <TextField
          key={lot.number}
          label={t('groupements.submit.amount', { lot: lot.number, title: lot.title ?? '' })}
          inputMode="decimal"
          autoComplete="off"
          required
          value={amounts[lot.number] ?? ''}
          onChange={(event) => setAmounts({ ...amounts, [lot.number]: event.target.value })}
          error={touched && invalid(lot.number) ? t('groupements.submit.amountInvalid') : undefined}
        />
      ))}
      {missing.length > 0 && (
        <div className="alert alert--info">
          <p>{t('groupements.submit.notReady')}</p>
          <ul>
            {missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <Button type="submit" busy={submit.isPending}>
        {t('groupements.submit.button')}
      </Button>
      {submit.isPending && (
        <p role="status" className="field__hint">
          {t('groupements.submit.sending')}
        </p>
      )}
      <ActionError error={submit.error} />
    </form>
  );
}
