import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { Select } from '@/components/Select';
import { formatDateTime } from '@/i18n/format';
import { ActionError } from './ActionError';
import { useCreateGroupement, useMySuppliers, useTender } from './api';
import { FORMS, type ConsortiumForm } from './model';
import { articleText, ruleOf } from './rules';
import { ScopeFields, type Scope } from './ScopeFields';
import { shareForApi } from './shares';
import './groupements.css';

/** `/groupements/nouveau?appel=:tenderId`: a verified structure of the user forms a groupement and leads it. */
export default function NewGroupementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tenderId = params.get('appel') ?? undefined;
  const tender = useTender(tenderId);
  const suppliers = useMySuppliers();
  const create = useCreateGroupement();
  const [lead, setLead] = useState('');
  const [lots, setLots] = useState<number[]>([]);
  const [form, setForm] = useState<ConsortiumForm | ''>('');
  const [scope, setScope] = useState<Scope>({ lots: [], work: '', share: '' });
  const [touched, setTouched] = useState(false);

  if (!tenderId) {
    return (
      <Page title={t('groupements.new.title')}>
        <p>{t('groupements.new.noTender')}</p>
        <Link to="/appels-offres">{t('groupements.mine.findTender')}</Link>
      </Page>
    );
  }
  if (tender.isPending || suppliers.isPending) {
    return (
      <Page title={t('groupements.new.title')}>
        <Loading />
      </Page>
    );
  }
  if (!tender.data) {
    return (
      <Page title={t('groupements.new.title')}>
        <ErrorAlert error={tender.error} onRetry={() => void tender.refetch()} />
      </Page>
    );
  }

  const verified = (suppliers.data?.content ?? []).flatMap((s) =>
    s.id && s.status === 'VERIFIED' ? [{ id: s.id, name: s.profile?.legalName ?? s.id }] : [],
  );
  const leadId = lead || (verified.length === 1 ? verified[0]?.id ?? '' : '');
  const tenderLots = (tender.data.lots ?? []).flatMap((lot) => (lot.number === undefined ? [] : [{ ...lot, number: lot.number }]));
  const chosenLots = tenderLots.filter((lot) => lots.includes(lot.number));
  const rule = ruleOf(create.error);
  const fieldError = (field: string) => (isApiError(create.error) ? create.error.fieldError(field) : undefined);
  const ruleFor = (concern: string) =>
    rule && rule.concern === concern ? `${rule.message} ${rule.article ? articleText(rule.article) : ''}`.trim() : undefined;

  const errors = {
    lead: fieldError('leadSupplierId') ?? ruleFor('lead') ?? (touched && !leadId ? t('groupements.new.leadRequired') : undefined),
    lots: fieldError('lots') ?? ruleFor('lots') ?? (touched && lots.length === 0 ? t('groupements.new.lotsRequired') : undefined),
    form: fieldError('form') ?? (touched && !form ? t('groupements.new.formRequired') : undefined),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!leadId || lots.length === 0 || !form || create.isPending) return;
    const share = shareForApi(scope.share);
    const leadLots = scope.lots.filter((lot) => lots.includes(lot));
    create.mutate(
      {
        tenderId,
        lots,
        form,
        leadSupplierId: leadId,
        leadLots,
        ...(scope.work.trim() && { leadWork: scope.work.trim() }),
        ...(share !== undefined && { leadShare: share }),
      },
      { onSuccess: (created) => void navigate(`/groupements/${created.id}`) },
    );
  };

  const open = tender.data.status === 'PUBLISHED';
  return (
    <Page title={t('groupements.new.title')}>
      <p>
        {t('groupements.new.for')} <Link to={`/appels-offres/${tender.data.id}`}>{tender.data.title}</Link>
        {tender.data.deadline && ` — ${t('groupements.new.deadline', { date: formatDateTime(tender.data.deadline) })}`}
      </p>
      {!open && <p className="alert alert--error">{t('groupements.new.notOpen')}</p>}
      {verified.length === 0 ? (
        <div className="alert alert--info">
          <p>{t('groupements.new.noVerified')}</p>
          <Link to="/mes-structures">{t('groupements.new.myStructures')}</Link>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="new-groupement">
          <Select
            label={t('groupements.new.lead')}
            hint={t('groupements.new.leadHint')}
            required
            placeholder={verified.length === 1 ? undefined : t('groupements.new.chooseLead')}
            value={leadId}
            onChange={(event) => setLead(event.target.value)}
            options={verified.map((s) => ({ value: s.id, label: s.name }))}
            error={errors.lead}
          />
          <fieldset className={errors.lots ? 'fieldset field--invalid' : 'fieldset'} aria-describedby={errors.lots ? 'new-lots-error' : undefined}>
            <legend>{t('groupements.new.lots')}</legend>
            {tenderLots.map((lot) => (
              <div className="checkbox" key={lot.number}>
                <input
                  id={`new-lot-${lot.number}`}
                  type="checkbox"
                  checked={lots.includes(lot.number)}
                  onChange={(event) =>
                    setLots(event.target.checked ? [...lots, lot.number].sort((a, b) => a - b) : lots.filter((l) => l !== lot.number))
                  }
                  aria-describedby={lot.reservationNotice ? `new-lot-${lot.number}-notice` : undefined}
                />
                <label htmlFor={`new-lot-${lot.number}`}>{t('groupements.lots.lot', { number: lot.number, title: lot.title ?? '' })}</label>
                {lot.reservationNotice && (
                  <p id={`new-lot-${lot.number}-notice`} className="field__hint">
                    {lot.reservationNotice}
                    {lot.reservationArticle && ` (${lot.reservationArticle})`}
                  </p>
                )}
              </div>
            ))}
            {errors.lots && (
              <p id="new-lots-error" className="field__error">
                {errors.lots}
              </p>
            )}
          </fieldset>
          <fieldset className={errors.form ? 'fieldset field--invalid' : 'fieldset'} aria-describedby={errors.form ? 'new-form-error' : undefined}>
            <legend>{t('groupements.new.form')}</legend>
            {FORMS.map((value) => (
              <div className="radio" key={value}>
                <input
                  id={`new-form-${value}`}
                  type="radio"
                  name="form"
                  value={value}
                  checked={form === value}
                  onChange={() => setForm(value)}
                  aria-describedby={`new-form-${value}-explain`}
                />
                <label htmlFor={`new-form-${value}`}>{t(`groupements.form.${value}.label`)}</label>
                <p id={`new-form-${value}-explain`} className="field__hint">
                  {t(`groupements.form.${value}.explain`)}
                </p>
              </div>
            ))}
            {errors.form && (
              <p id="new-form-error" className="field__error">
                {errors.form}
              </p>
            )}
          </fieldset>
          {chosenLots.length > 0 && (
            <fieldset className="fieldset">
              <legend>{t('groupements.new.leadScope')}</legend>
              <ScopeFields
                lots={chosenLots}
                value={scope}
                onChange={setScope}
                otherShares={[]}
                lotsLegend={t('groupements.new.leadLots')}
                errors={{ lots: fieldError('leadLots'), work: fieldError('leadWork'), share: fieldError('leadShare') }}
              />
            </fieldset>
          )}
          <Button type="submit" busy={create.isPending}>
            {t('groupements.new.submit')}
          </Button>
          {rule?.concern !== 'lead' && rule?.concern !== 'lots' && (
            <ActionError error={create.error} shownFields={['leadSupplierId', 'lots', 'form', 'leadLots', 'leadWork', 'leadShare']} />
          )}
        </form>
      )}
    </Page>
  );
}
