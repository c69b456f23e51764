import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';

const PAGE_PARAM = 'page';

/** The page shown, from the URL (`?page=3`, 1-based; the API's `page` is 0-based: pass `page - 1`). */
export function usePageParam(): number {
  const [params] = useSearchParams();
  const page = Number(params.get(PAGE_PARAM));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function pagesAround(page: number, pages: number): number[] {
  const shown = new Set([1, pages, page - 1, page, page + 1]);
  return [...shown].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
}

/**
 * Links to the other pages of a list, keeping every other query parameter (the search), so a
 * page is shareable and the back button works. `page` is 1-based.
 */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (pages <= 1) return null;

  const hrefFor = (target: number) => {
    const params = new URLSearchParams(location.search);
    if (target === 1) params.delete(PAGE_PARAM);
    else params.set(PAGE_PARAM, String(target));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };

  const numbers = pagesAround(page, pages);
  return (
    <nav className="pagination" aria-label={t('common.pagination.label')}>
      <ul>
        {page > 1 && (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              {t('common.pagination.previous')}
            </Link>
          </li>
        )}
        {numbers.map((number, index) => (
          <li key={number}>
            {index > 0 && number - (numbers[index - 1] ?? number) > 1 && <span aria-hidden="true">… </span>}
            {number === page ? (
              <a aria-current="page" aria-label={t('common.pagination.current', { page: number })}>
                {number}
              </a>
            ) : (
              <Link to={hrefFor(number)} aria-label={t('common.pagination.page', { page: number })}>
                {number}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              {t('common.pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
