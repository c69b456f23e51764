import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { searchApi, unwrap } from '@/api/client';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { TextField } from '@/components/TextField';
import { TenderResult } from '@/features/tenders/TenderResult';
import { formatNumber } from '@/i18n/format';
import '@/features/search/search.css';

const UPCOMING = 5;

/** `/`: search tenders or suppliers, what the marketplace holds today, and the tenders announced ahead. */
export default function HomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.lead')}</p>
      <div className="home-searches">
        <HomeSearch kind="tenders" />
        <HomeSearch kind="suppliers" />
      </div>
      <Figures />
      <UpcomingTenders />
    </Page>
  );
}

function HomeSearch({ kind }: { kind: 'tenders' | 'suppliers' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const path = kind === 'tenders' ? '/appels-offres' : '/fournisseurs';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    void navigate(q ? `${path}?${new URLSearchParams({ q }).toString()}` : path);
  };
  return (
    <form role="search" className="search-form home-search" aria-label={t(`home.${kind}.form`)} onSubmit={submit}>
      <TextField label={t(`home.${kind}.label`)} hint={t(`home.${kind}.hint`)} type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} />
      <Button type="submit">{t(`home.${kind}.submit`)}</Button>
    </form>
  );
}

function Figures() {
  const { t } = useTranslation();
  const figures = useQuery({
    queryKey: ['search', 'figures'],
    queryFn: ({ signal }) => unwrap(searchApi.GET('/api/v1/search/figures', { signal })),
  });
  return (
    <section aria-labelledby="home-figures">
      <h2 id="home-figures">{t('home.figures.title')}</h2>
      {figures.isPending && <Loading />}
      {figures.isError && <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
      {figures.data && (
        <ul className="figures">
          <li>
            <Link to="/appels-offres">
              <span className="figures__number">{formatNumber(figures.data.openTenders ?? 0)}</span> {t('home.figures.openTenders', { count: figures.data.openTenders ?? 0 })}
            </Link>
          </li>
          <li>
            <Link to="/fournisseurs">
              <span className="figures__number">{formatNumber(figures.data.verifiedSuppliers ?? 0)}</span> {t('home.figures.verifiedSuppliers', { count: figures.data.verifiedSuppliers ?? 0 })}
            </Link>
          </li>
          <li>
            <Link to="/appels-offres?reservation=DISABILITY&reservation=INSERTION&reservation=BOTH&reservation=ESS">
              <span className="figures__number">{formatNumber(figures.data.reservedLots ?? 0)}</span> {t('home.figures.reservedLots', { count: figures.data.reservedLots ?? 0 })}
            </Link>
          </li>
        </ul>
      )}
    </section>
  );
}

function UpcomingTenders() {
  const { t } = useTranslation();
  const planned = useQuery({
    queryKey: ['search', 'tenders', { status: ['PLANNED'], sort: 'deadline', page: 0, size: UPCOMING }],
    queryFn: ({ signal }) =>
      unwrap(searchApi.GET('/api/v1/search/tenders', { params: { query: { status: ['PLANNED'], sort: 'deadline', page: 0, size: UPCOMING } }, signal })),
  });
  const tenders = planned.data?.content ?? [];
  const total = planned.data?.totalElements ?? 0;
  return (
    <section aria-labelledby="home-upcoming">
      <h2 id="home-upcoming">{t('home.upcoming.title')}</h2>
      <p>{t('home.upcoming.intro')}</p>
      {planned.isPending && <Loading />}
      {planned.isError && <ErrorAlert error={planned.error} onRetry={() => void planned.refetch()} />}
      {planned.isSuccess && tenders.length === 0 && <EmptyState title={t('home.upcoming.none')} />}
      {tenders.length > 0 && (
        <>
          <ul className="result-list">
            {tenders.map((tender) => (
              <li key={tender.id}>
                <TenderResult tender={tender} />
              </li>
            ))}
          </ul>
          {total > UPCOMING && (
            <p>
              <Link to="/appels-offres?status=PLANNED&sort=deadline">{t('home.upcoming.all', { count: total })}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
