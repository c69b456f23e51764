import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { searchApi, unwrap } from '@/api/client';
import { Button } from '@/components/Button';
import { Disclosure } from '@/components/Disclosure';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FacetFilter, facetChoices, type FacetChoice } from '@/components/FacetFilter';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { Pagination } from '@/components/Pagination';
import { TextField } from '@/components/TextField';
import { CpvAutocomplete } from '@/features/reference/CpvAutocomplete';
import { SaveSearchButton } from '@/features/saved-searches/SaveSearchButton';
import { isReserved, reservationLabel } from '@/features/reference/reservations';
import { formatNumber } from '@/i18n/format';
import { TenderResult } from './TenderResult';
import { ResultsBar } from '@/features/search/ResultsBar';
import { hasFilters, toggled, wideScreen, withParam, wordsOnly } from '@/features/search/criteria';
import { deadlineRange, tenderQueryFrom, type TenderSearchQuery } from './tenderCriteria';
import '@/features/search/search.css';

const STATUSES = ['PUBLISHED', 'PLANNED', 'CLOSED', 'AWARDED'] as const;

/** `GET /api/v1/search/tenders` for the criteria of the page's URL. */
export function useTenderSearch(query: TenderSearchQuery) {
  return useQuery({
    queryKey: ['search', 'tenders', query],
    queryFn: ({ signal }) => unwrap(searchApi.GET('/api/v1/search/tenders', { params: { query }, signal })),
    // The previous results stay on screen (marked busy) while the next ones load.
    placeholderData: keepPreviousData,
  });
}

/** `/appels-offres`: public tenders by words, place, CPV, reservation, status and deadline; every criterion in the URL. */
export default function TenderSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = tenderQueryFrom(params);
  const search = useTenderSearch(query);
  const [text, setText] = useState(query.q ?? '');
  const [cpvText, setCpvText] = useState('');

  // Back and forward restore the words typed with the rest of the search.
  const words = params.get('q') ?? '';
  useEffect(() => setText(words), [words]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(withParam(params, 'q', text.trim() || undefined));
  };
  const toggle = (name: string) => (value: string) => setParams(toggled(params, name, value));

  const result = search.data;
  const facets = result?.facets;
  const statusSelected = query.status ?? ['PUBLISHED'];
  const statusCounts = new Map(facetChoices(facets?.status, []).map((f) => [f.value, f.count]));

  const setDeadlineRange = (key: string) => {
    const range = deadlineRange(key);
    let next = withParam(params, 'deadlineAfter', range.deadlineAfter);
    next = withParam(next, 'deadlineBefore', range.deadlineBefore);
    setParams(next);
  };
  const filtered = hasFilters(params);

  return (
    <Page title={t('tenders.search.title')} actions={<SaveSearchButton />}>
      <form role="search" className="search-form" onSubmit={submit} aria-label={t('tenders.search.formLabel')}>
        <TextField label={t('tenders.search.q')} hint={t('tenders.search.qHint')} name="q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <Button type="submit">{t('tenders.search.submit')}</Button>
      </form>

      <div className="search-layout">
        <aside className="search-filters" aria-label={t('search.filters')}>
          <Disclosure summary={t('search.filtersToggle')} defaultOpen={wideScreen()}>
            <fieldset className="facet">
              <legend>{t('tenders.search.status')}</legend>
              <ul className="facet__choices">
                {STATUSES.map((status) => (
                  <li key={status} className="checkbox">
                    <input id={`status-${status}`} type="checkbox" checked={statusSelected.includes(status)} onChange={() => setParams(toggled(params.has('status') ? params : withStatus(params, statusSelected), 'status', status))} />
                    <label htmlFor={`status-${status}`}>
                      {t(`tenders.status.${status}`)}
                      {statusCounts.has(status) && <span className="facet__count">{t('search.facetCount', { count: statusCounts.get(status) ?? 0 })}</span>}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <FacetFilter
              legend={t('tenders.search.reservation')}
              choices={facetChoices(facets?.reservation, query.reservation, (value, label) => (isReserved(value) ? reservationLabel(value) : label))}
              onToggle={toggle('reservation')}
            />
            <fieldset className="facet">
              <legend>{t('tenders.search.deadline')}</legend>
              {facetChoices(facets?.deadline, []).length > 0 && (
                <ul className="facet__links">
                  {facetChoices(facets?.deadline, []).map((f) => (
                    <li key={f.value}>
                      <Button variant="link" onClick={() => setDeadlineRange(f.value)}>
                        {f.label ?? f.value}
                        <span className="facet__count">{t('search.facetCount', { count: f.count })}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
              <TextField label={t('tenders.search.deadlineAfter')} type="date" value={query.deadlineAfter?.slice(0, 10) ?? ''} onChange={(event) => setParams(withParam(params, 'deadlineAfter', event.target.value || undefined))} />
              <TextField label={t('tenders.search.deadlineBefore')} type="date" value={query.deadlineBefore?.slice(0, 10) ?? ''} onChange={(event) => setParams(withParam(params, 'deadlineBefore', event.target.value || undefined))} />
            </fieldset>
            <FacetFilter legend={t('tenders.search.region')} choices={facetChoices(facets?.region, query.region)} onToggle={toggle('region')} />
            <FacetFilter legend={t('tenders.search.department')} choices={facetChoices(facets?.department, query.department)} onToggle={toggle('department')} />
            <FacetFilter legend={t('tenders.search.cpv')} choices={cpvChoices(facets?.cpvDivision, query.cpvPrefix)} onToggle={toggle('cpvPrefix')} />
            <CpvAutocomplete
              label={t('tenders.search.cpvAdd')}
              hint={t('tenders.search.cpvAddHint')}
              inputValue={cpvText}
              onInputChange={setCpvText}
              onSelect={(option) => {
                setCpvText('');
                if (!(query.cpvPrefix ?? []).includes(option.value)) setParams(toggled(params, 'cpvPrefix', option.value));
              }}
            />
            {filtered && (
              <p>
                <Button variant="secondary" onClick={() => setParams(wordsOnly(params))}>
                  {t('search.clearFilters')}
                </Button>
              </p>
            )}
          </Disclosure>
        </aside>

        <section className="search-results" aria-labelledby="tender-results-heading">
          <h2 id="tender-results-heading" className="visually-hidden">
            {t('search.results')}
          </h2>
          <ResultsBar
            count={result && !search.isFetching ? t('tenders.search.count', { count: result.totalElements ?? 0, formatted: formatNumber(result.totalElements ?? 0) }) : undefined}
            sort={query.sort}
            sorts={[
              { value: 'relevance', label: t('tenders.search.sortRelevance') },
              { value: 'deadline', label: t('tenders.search.sortDeadline') },
            ]}
          />
          {search.isFetching && <Loading label={t('tenders.search.loading')} />}
          {search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
          {result && (result.content ?? []).length === 0 && <EmptyState title={t('tenders.search.none')}>{filtered && <p>{t('search.noneHint')}</p>}</EmptyState>}
          {result && (result.content ?? []).length > 0 && (
            <ol className="result-list" aria-busy={search.isFetching}>
              {(result.content ?? []).map((tender) => (
                <li key={tender.id}>
                  <TenderResult tender={tender} />
                </li>
              ))}
            </ol>
          )}
          {result && <Pagination page={(result.page ?? 0) + 1} pages={result.totalPages ?? 0} />}
        </section>
      </div>
    </Page>
  );
}

/** Unticking a status when none is in the URL starts from the default (PUBLISHED). */
function withStatus(params: URLSearchParams, statuses: string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  statuses.forEach((status) => next.append('status', status));
  return next;
}

/** The CPV divisions of the facet, and the codes added through the autocomplete that it does not list. */
function cpvChoices(divisions: Parameters<typeof facetChoices>[0], selected: string[] | undefined): FacetChoice[] {
  const listed = facetChoices(divisions, selected, (value, label) => (label ? `${value} — ${label}` : value));
  const extra = (selected ?? []).filter((code) => !listed.some((choice) => choice.value === code)).map((code) => ({ value: code, selected: true }));
  return [...listed, ...extra];
}
