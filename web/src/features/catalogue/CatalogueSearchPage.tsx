import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { searchApi, unwrap } from '@/api/client';
import { Button } from '@/components/Button';
import { Disclosure } from '@/components/Disclosure';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FacetFilter, facetChoices } from '@/components/FacetFilter';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { Pagination } from '@/components/Pagination';
import { Select } from '@/components/Select';
import { TextField } from '@/components/TextField';
import { CommuneAutocomplete } from '@/features/reference/CommuneAutocomplete';
import { kindName } from '@/features/reference/kinds';
import { hasFilters, toggled, wideScreen, withParam, wordsOnly } from '@/features/search/criteria';
import { ResultsBar } from '@/features/search/ResultsBar';
import { formatNumber } from '@/i18n/format';
import { catalogueQueryFrom, DEFAULT_RADIUS_KM, RADII_KM, type CatalogueSearchQuery } from './catalogueCriteria';
import { SupplierResult } from './SupplierResult';
import '@/features/search/search.css';

function useCatalogueSearch(query: CatalogueSearchQuery) {
  return useQuery({
    queryKey: ['search', 'suppliers', query],
    queryFn: ({ signal }) => unwrap(searchApi.GET('/api/v1/search/suppliers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The URL with a commune criterion (`near`, `serving`) set from the autocomplete, or removed. */
function withCommune(params: URLSearchParams, name: 'near' | 'serving', commune?: { value: string; label: string }): URLSearchParams {
  let next = withParam(params, name, commune?.value);
  next = withParam(next, `${name}Name`, commune?.label);
  if (name === 'near' && !commune) {
    next.delete('radiusKm');
    if (next.get('sort') === 'distance') next.delete('sort');
  }
  return next;
}

/** `/fournisseurs`: the catalogue of verified suppliers by words, kind, place, CPV, legal form and label; near a commune; serving a commune. */
export default function CatalogueSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = catalogueQueryFrom(params);
  const search = useCatalogueSearch(query);
  const [text, setText] = useState(query.q ?? '');
  const [nearText, setNearText] = useState(params.get('nearName') ?? params.get('near') ?? '');
  const [servingText, setServingText] = useState(params.get('servingName') ?? params.get('serving') ?? '');

  // Back and forward restore the fields with the rest of the search.
  const words = params.get('q') ?? '';
  const near = params.get('nearName') ?? params.get('near') ?? '';
  const serving = params.get('servingName') ?? params.get('serving') ?? '';
  useEffect(() => setText(words), [words]);
  useEffect(() => setNearText(near), [near]);
  useEffect(() => setServingText(serving), [serving]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let next = withParam(params, 'q', text.trim() || undefined);
    // A cleared commune field drops its criterion.
    if (!nearText.trim()) next = withCommune(next, 'near');
    if (!servingText.trim()) next = withCommune(next, 'serving');
    setParams(next);
  };
  const toggle = (name: string) => (value: string) => setParams(toggled(params, name, value));

  const result = search.data;
  const facets = result?.facets;
  const filtered = hasFilters(params, ['nearName', 'servingName']);
  const sorts = [
    { value: 'relevance', label: t('catalogue.search.sortRelevance') },
    { value: 'name', label: t('catalogue.search.sortName') },
    ...(query.near ? [{ value: 'distance', label: t('catalogue.search.sortDistance') }] : []),
  ];

  return (
    <Page title={t('catalogue.search.title')}>
      <form role="search" className="search-form catalogue-form" onSubmit={submit} aria-label={t('catalogue.search.formLabel')}>
        <TextField label={t('catalogue.search.q')} hint={t('catalogue.search.qHint')} type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} />
        <CommuneAutocomplete
          label={t('catalogue.search.near')}
          hint={t('catalogue.search.nearHint')}
          name="near"
          inputValue={nearText}
          onInputChange={setNearText}
          onSelect={(commune) => {
            setNearText(commune.label);
            const next = withCommune(params, 'near', commune);
            if (!next.has('radiusKm')) next.set('radiusKm', String(DEFAULT_RADIUS_KM));
            setParams(next);
          }}
        />
        <Select
          label={t('catalogue.search.radius')}
          value={String(query.radiusKm ?? DEFAULT_RADIUS_KM)}
          disabled={!query.near}
          options={RADII_KM.map((km) => ({ value: String(km), label: t('catalogue.search.km', { count: km }) }))}
          onChange={(event) => setParams(withParam(params, 'radiusKm', event.target.value))}
        />
        <CommuneAutocomplete
          label={t('catalogue.search.serving')}
          hint={t('catalogue.search.servingHint')}
          name="serving"
          inputValue={servingText}
          onInputChange={setServingText}
          onSelect={(commune) => {
            setServingText(commune.label);
            setParams(withCommune(params, 'serving', commune));
          }}
        />
        <Button type="submit">{t('catalogue.search.submit')}</Button>
      </form>

      <div className="search-layout">
        <aside className="search-filters" aria-label={t('search.filters')}>
          <Disclosure summary={t('search.filtersToggle')} defaultOpen={wideScreen()}>
            <FacetFilter legend={t('catalogue.search.kind')} choices={facetChoices(facets?.kind, query.kind, kindName)} onToggle={toggle('kind')} />
            <FacetFilter legend={t('catalogue.search.region')} choices={facetChoices(facets?.region, query.region)} onToggle={toggle('region')} />
            <FacetFilter legend={t('catalogue.search.department')} choices={facetChoices(facets?.department, query.department)} onToggle={toggle('department')} />
            <FacetFilter
              legend={t('catalogue.search.cpv')}
              choices={facetChoices(facets?.cpvDivision, query.cpvPrefix, (value, label) => (label ? `${value} — ${label}` : value))}
              onToggle={toggle('cpvPrefix')}
            />
            <FacetFilter legend={t('catalogue.search.legalForm')} choices={facetChoices(facets?.legalForm, query.legalForm)} onToggle={toggle('legalForm')} />
            <FacetFilter legend={t('catalogue.search.label')} choices={facetChoices(facets?.label, query.label)} onToggle={toggle('label')} />
            {filtered && (
              <p>
                <Button variant="secondary" onClick={() => setParams(wordsOnly(params))}>
                  {t('search.clearFilters')}
                </Button>
              </p>
            )}
          </Disclosure>
        </aside>

        <section className="search-results" aria-labelledby="supplier-results-heading">
          <h2 id="supplier-results-heading" className="visually-hidden">
            {t('search.results')}
          </h2>
          <ResultsBar
            count={result && !search.isFetching ? t('catalogue.search.count', { count: result.totalElements ?? 0, formatted: formatNumber(result.totalElements ?? 0) }) : undefined}
            sort={query.sort}
            sorts={sorts}
          />
          {search.isFetching && <Loading label={t('catalogue.search.loading')} />}
          {search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
          {result && (result.content ?? []).length === 0 && <EmptyState title={t('catalogue.search.none')}>{filtered && <p>{t('search.noneHint')}</p>}</EmptyState>}
          {result && (result.content ?? []).length > 0 && (
            <ol className="result-list" aria-busy={search.isFetching}>
              {(result.content ?? []).map((supplier) => (
                <li key={supplier.id}>
                  <SupplierResult supplier={supplier} />
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
