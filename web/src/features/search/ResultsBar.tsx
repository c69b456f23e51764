import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Select, type SelectOption } from '@/components/Select';
import { withParam } from './criteria';

/**
 * Above a search's results: how many were found (announced to screen readers once the search has
 * answered) and the sort, kept in the URL like every criterion ("relevance" is the default, left out).
 */
export function ResultsBar({ count, sort, sorts }: { count: string | undefined; sort: string | undefined; sorts: readonly SelectOption[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  return (
    <div className="search-results__bar">
      <p className="search-results__count" role="status" aria-live="polite">
        {count ?? ''}
      </p>
      <Select
        label={t('search.sort')}
        value={sort ?? 'relevance'}
        options={sorts}
        onChange={(event) => setParams(withParam(params, 'sort', event.target.value === 'relevance' ? undefined : event.target.value))}
      />
    </div>
  );
}
