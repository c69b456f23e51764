import { pageIndex } from '@/features/search/criteria';

/**
 * The tender search's criteria in the page's URL: the API's own parameter names (shareable, and
 * the back button restores them), `page` 1-based as the Pagination component keeps it.
 */
export const TENDER_LIST_PARAMS = ['cpvPrefix', 'department', 'region', 'reservation', 'status'] as const;
export type TenderListParam = (typeof TENDER_LIST_PARAMS)[number];

export const PAGE_SIZE = 20;

export interface TenderSearchQuery {
  q?: string;
  cpvPrefix?: string[];
  department?: string[];
  region?: string[];
  reservation?: string[];
  status?: string[];
  deadlineAfter?: string;
  deadlineBefore?: string;
  sort?: string;
  page: number;
  size: number;
}

/** The API query for the page's URL. */
export function tenderQueryFrom(params: URLSearchParams): TenderSearchQuery {
  const query: TenderSearchQuery = { page: pageIndex(params), size: PAGE_SIZE };
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  for (const name of TENDER_LIST_PARAMS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) query[name] = values;
  }
  for (const name of ['deadlineAfter', 'deadlineBefore', 'sort'] as const) {
    const value = params.get(name);
    if (value) query[name] = value;
  }
  return query;
}

const DAY = 86_400_000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The deadline range of a deadline facet bucket (lt7d, 7to30d, gt30d) as dates from today. */
export function deadlineRange(key: string, now: Date = new Date()): { deadlineAfter?: string; deadlineBefore?: string } {
  const inDays = (days: number) => isoDate(new Date(now.getTime() + days * DAY));
  switch (key) {
    case 'lt7d':
      return { deadlineAfter: inDays(0), deadlineBefore: inDays(7) };
    case '7to30d':
      return { deadlineAfter: inDays(7), deadlineBefore: inDays(30) };
    case 'gt30d':
      return { deadlineAfter: inDays(30) };
    default:
      return {};
  }
}
