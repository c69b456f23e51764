/**
 * Search criteria kept in the page's URL (shareable; the back button restores them), under the
 * API's parameter names; `page` is 1-based there, as the Pagination component keeps it.
 */

/** The API's 0-based page from the URL's 1-based one. */
export function pageIndex(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page - 1 : 0;
}

/** The URL with `value` added to or removed from a list criterion, back on the first page. */
export function toggled(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  const kept = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  kept.forEach((v) => next.append(name, v));
  next.delete('page');
  return next;
}

/** The URL with one criterion set (or removed when empty), back on the first page. */
export function withParam(params: URLSearchParams, name: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  next.delete('page');
  return next;
}

/** Only the words searched: what "clear the filters" leaves. */
export function wordsOnly(params: URLSearchParams): URLSearchParams {
  const q = params.get('q');
  return new URLSearchParams(q ? { q } : {});
}

/** Whether any criterion other than the words, the order and the page is set. */
export function hasFilters(params: URLSearchParams, displayOnly: readonly string[] = []): boolean {
  return [...params.keys()].some((key) => !['q', 'page', 'sort', ...displayOnly].includes(key));
}

/** Whether the screen is wide enough to show the filters open from the start. */
export function wideScreen(): boolean {
  return globalThis.matchMedia?.('(min-width: 48em)').matches ?? false;
}
