import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { Card } from '@/components/Card';
import { Checkbox } from '@/components/Checkbox';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { formatDate } from '@/i18n/format';
import { MAX_SAVED_SEARCHES, searchUrlOf, useDeleteSavedSearch, useSavedSearches, useSetEmailAlerts, type SavedCriteria } from './api';
import '@/features/suppliers/supplier-journey.css';

function describe(criteria: SavedCriteria, translate: unknown): string[] {
  const t = translate as (key: string, options: Record<string, string>) => string;
  const parts: string[] = [];
  if (criteria.q) parts.push(t('savedSearches.criteria.q', { q: criteria.q }));
  if (criteria.cpvPrefix?.length) parts.push(t('savedSearches.criteria.cpv', { codes: criteria.cpvPrefix.join(', ') }));
  const places = [...(criteria.department ?? []), ...(criteria.region ?? [])];
  if (places.length) parts.push(t('savedSearches.criteria.places', { places: places.join(', ') }));
  if (criteria.reservation?.length) parts.push(t('savedSearches.criteria.reservation', { kinds: criteria.reservation.join(', ') }));
  return parts;
}

/** `/recherches`: my saved tender searches (at most 20), each with its email toggle; run again or delete. */
export default function SavedSearchesPage() {
  const { t } = useTranslation();
  const searches = useSavedSearches();
  const toggle = useSetEmailAlerts();
  const remove = useDeleteSavedSearch();
  const list = searches.data ?? [];

  return (
    <Page title={t('savedSearches.title')}>
      <p>{t('savedSearches.intro', { max: MAX_SAVED_SEARCHES })}</p>
      <p>
        <Link to="/appels-offres">{t('savedSearches.newFromSearch')}</Link>
      </p>
      {searches.isPending && <Loading />}
      {searches.error && <ErrorAlert error={searches.error} onRetry={() => void searches.refetch()} />}
      {searches.isSuccess && list.length === 0 && <EmptyState title={t('savedSearches.empty')} />}
      {list.length > 0 && <p>{t('savedSearches.count', { count: list.length, max: MAX_SAVED_SEARCHES })}</p>}
      <ul className="plain-list">
        {list.map((search) => {
          const id = search.id ?? '';
          const toggling = toggle.isPending && toggle.variables?.id === search.id;
          const toggleError = toggle.variables?.id === search.id && isApiError(toggle.error) ? toggle.error : undefined;
          return (
            <li key={search.id}>
              <Card title={search.name} level={2} meta={t('savedSearches.createdAt', { date: search.createdAt ? formatDate(search.createdAt) : '' })}>
                <p>{describe(search.criteria ?? {}, t).join(' · ') || t('savedSearches.criteria.all')}</p>
                <Checkbox
                  label={t('savedSearches.emailAlertsOf', { name: search.name })}
                  hint={search.emailAlerts && search.alertEmail ? t('savedSearches.emailTo', { email: search.alertEmail }) : undefined}
                  // The box shows the choice at once; it goes back, with the error, if the change is refused.
                  checked={toggling ? toggle.variables.emailAlerts : !!search.emailAlerts}
                  disabled={toggling}
                  error={toggleError?.fieldError('emailAlerts') ?? toggleError?.message}
                  onChange={(event) => toggle.mutate({ id, emailAlerts: event.target.checked })}
                />
                <p className="inline-actions">
                  <Link to={searchUrlOf(search.criteria ?? {})}>{t('savedSearches.run', { name: search.name })}</Link>
                  <Button
                    variant="danger"
                    busy={remove.isPending && remove.variables === search.id}
                    aria-label={t('savedSearches.deleteOf', { name: search.name })}
                    onClick={() => window.confirm(t('savedSearches.confirmDelete', { name: search.name })) && remove.mutate(id)}
                  >
                    {t('savedSearches.delete')}
                  </Button>
                </p>
                {remove.variables === search.id && remove.error && <ErrorAlert error={remove.error} />}
              </Card>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
