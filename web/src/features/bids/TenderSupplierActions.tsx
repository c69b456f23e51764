import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { Checkbox } from '@/components/Checkbox';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Select } from '@/components/Select';
import { TextArea } from '@/components/TextArea';
import { useSession } from '@/features/auth/session';
import { formatDateTime } from '@/i18n/format';
import {
  DECLINE_REASONS,
  isOpenForBids,
  lotsOf,
  recordView,
  useAskQuestion,
  useMarkInterest,
  useMyInterest,
  useQuestions,
  type DeclineReason,
  type InterestLevel,
  type Tender,
} from './api';
import '@/features/suppliers/supplier-journey.css';
import { FormGroupementAction } from '@/features/groupements/FormGroupementAction';

/** Tenders whose view was recorded in this tab: one POST per tender, even when React mounts twice. */
const viewed = new Set<string>();

function InterestForm({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const tenderId = tender.id ?? '';
  const mine = useMyInterest(tenderId, true);
  const mark = useMarkInterest(tenderId);
  const lots = (tender.lots ?? []).length > 0 ? lotsOf(tender) : [];
  const [level, setLevel] = useState<InterestLevel | ''>('');
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const [chosenLots, setChosenLots] = useState<number[]>([]);
  const [checked, setChecked] = useState(false);
  const apiError = isApiError(mark.error) ? mark.error : undefined;
  const current = mine.data?.mark;

  useEffect(() => {
    if (!current) return;
    setLevel((current.level as InterestLevel | undefined) ?? '');
    setReason((current.reason as DeclineReason | undefined) ?? '');
    setNote(current.note ?? '');
    setChosenLots(current.lots ?? []);
  }, [current]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!level || (level === 'NOT_INTERESTED' && !reason)) return;
    mark.mutate({
      level,
      ...(level === 'NOT_INTERESTED' && reason ? { reason } : {}),
      ...(level === 'NOT_INTERESTED' && note.trim() ? { note: note.trim() } : {}),
      lots: chosenLots,
    });
  };

  const canMark = tender.status === 'PLANNED' || tender.status === 'PUBLISHED';
  return (
    <form onSubmit={submit} noValidate aria-labelledby="interest-title">
      <h3 id="interest-title">{t('bids.interest.title')}</h3>
      {current && (
        <p role="status">
          {t(current.level === 'INTERESTED' ? 'bids.interest.currentInterested' : 'bids.interest.currentDeclined')}
          {current.lots && current.lots.length > 0 ? ` ${t('bids.interest.forLots', { lots: current.lots.join(', ') })}` : ` ${t('bids.interest.forWhole')}`}
          {mine.data?.markedAt ? ` (${formatDateTime(mine.data.markedAt)})` : ''}
        </p>
      )}
      {!canMark && <p>{t('bids.interest.closed')}</p>}
      {canMark && (
        <>
          <fieldset className="form-section">
            <legend>{t('bids.interest.question')}</legend>
            {(['INTERESTED', 'NOT_INTERESTED'] as const).map((value) => (
              <div className="checkbox" key={value}>
                <input type="radio" id={`interest-${value}`} name="interest-level" checked={level === value} onChange={() => setLevel(value)} />
                <label htmlFor={`interest-${value}`}>{t(`bids.interest.level.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          {lots.length > 0 && (
            <fieldset className="form-section">
              <legend>{t('bids.interest.lots')}</legend>
              <p className="field__hint">{t('bids.interest.lotsHint')}</p>
              {lots.map((lot) => (
                <Checkbox
                  key={lot.number}
                  label={t('bids.lot', { number: lot.number, title: lot.title })}
                  checked={chosenLots.includes(lot.number)}
                  onChange={(event) =>
                    setChosenLots(event.target.checked ? [...chosenLots, lot.number] : chosenLots.filter((n) => n !== lot.number))
                  }
                />
              ))}
            </fieldset>
          )}
          {level === 'NOT_INTERESTED' && (
            <>
              <Select
                label={t('bids.interest.reason')}
                required
                placeholder={t('bids.interest.chooseReason')}
                options={DECLINE_REASONS.map((value) => ({ value, label: t(`bids.interest.reasons.${value}`) }))}
                value={reason}
                error={checked && !reason ? t('bids.interest.reasonRequired') : apiError?.fieldError('reason')}
                onChange={(event) => setReason(event.target.value as DeclineReason | '')}
              />
              <TextArea
                label={t('bids.interest.note')}
                maxLength={1000}
                value={note}
                error={apiError?.fieldError('note')}
                onChange={(event) => setNote(event.target.value)}
              />
            </>
          )}
          {mark.error && !apiError?.fieldError('reason') && <ErrorAlert error={mark.error} />}
          {mark.isSuccess && (
            <p role="status" className="alert alert--info">
              {t('bids.interest.saved')}
            </p>
          )}
          <Button type="submit" variant="secondary" busy={mark.isPending} disabled={!level}>
            {t('bids.interest.submit')}
          </Button>
        </>
      )}
    </form>
  );
}

function Questions({ tenderId }: { tenderId: string }) {
  const { t } = useTranslation();
  const questions = useQuestions(tenderId, true);
  const ask = useAskQuestion(tenderId);
  const [text, setText] = useState('');
  const apiError = isApiError(ask.error) ? ask.error : undefined;
  const mine = (questions.data?.content ?? []).filter((q) => q.askedByYou);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    ask.mutate(text.trim(), { onSuccess: () => setText('') });
  };

  return (
    <section aria-labelledby="my-questions-title">
      <h3 id="my-questions-title">{t('bids.questions.title')}</h3>
      {mine.length === 0 ? (
        <p>{t('bids.questions.none')}</p>
      ) : (
        <ul className="plain-list">
          {mine.map((question) => (
            <li key={question.id}>
              <p>{question.text}</p>
              <p className="field__hint">{t('bids.questions.askedAt', { date: formatDateTime(question.askedAt ?? '') })}</p>
              <p>{question.answer ? t('bids.questions.answer', { answer: question.answer }) : t('bids.questions.unanswered')}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <TextArea
          label={t('bids.questions.ask')}
          hint={t('bids.questions.hint')}
          value={text}
          error={apiError?.fieldError('text')}
          onChange={(event) => setText(event.target.value)}
        />
        {ask.error && !apiError?.fieldError('text') && <ErrorAlert error={ask.error} />}
        {ask.isSuccess && (
          <p role="status" className="alert alert--info">
            {t('bids.questions.sent')}
          </p>
        )}
        <Button type="submit" variant="secondary" busy={ask.isPending}>
          {t('bids.questions.send')}
        </Button>
      </form>
    </section>
  );
}

/**
 * What a signed-in supplier does on a tender's page: the view is recorded once, it says whether it
 * is interested (per lot or for the whole tender, with a reason when not), asks questions and sees
 * its own, and goes to bid alone or to form a groupement. Nothing for other visitors.
 */
export function TenderSupplierActions({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const session = useSession();
  const isSupplier = session.hasRole('supplier');
  const tenderId = tender.id ?? '';

  useEffect(() => {
    if (!isSupplier || !tenderId || viewed.has(tenderId)) return;
    viewed.add(tenderId);
    // Counting a view is a courtesy to the buyer: a failure is not the supplier's business.
    recordView(tenderId).catch(() => viewed.delete(tenderId));
  }, [isSupplier, tenderId]);

  if (!isSupplier) return null;
  const open = isOpenForBids(tender);
  return (
    <section aria-labelledby="supplier-actions-title" className="form-section">
      <h2 id="supplier-actions-title">{t('bids.actions.title')}</h2>
      <p className="inline-actions">
        {open ? (
          <>
            <Link className="button button--primary" to={`/appels-offres/${tenderId}/offre`}>
              {t('bids.actions.bidAlone')}
            </Link>
            <FormGroupementAction tender={tender} />
          </>
        ) : (
          <Link to={`/appels-offres/${tenderId}/offre`}>{t('bids.actions.seeMyBid')}</Link>
        )}
      </p>
      <InterestForm tender={tender} />
      <Questions tenderId={tenderId} />
    </section>
  );
}
