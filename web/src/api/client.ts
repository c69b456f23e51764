import createClient, { type Middleware } from 'openapi-fetch';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies';
import type { paths as ConsortiaPaths } from './generated/consortia';
import type { paths as SearchPaths } from './generated/search';
import type { paths as SupplierPaths } from './generated/suppliers';
import type { paths as TenderPaths } from './generated/tenders';
import { networkError, problemFromResponse } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * The gateway refuses an unsafe call that uses the session cookie without the CSRF token it put
 * in the XSRF-TOKEN cookie (double-submit): copy it into the header on every unsafe method.
 */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
    const token = readCookie(CSRF_COOKIE);
    if (token) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};

/** Field messages from Bean Validation come back in the request's language. */
const frenchMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', 'fr-FR, fr;q=0.9');
    return request;
  },
};

function apiClient<Paths extends {}>() {
  const client = createClient<Paths>({
    // Same origin as the page (the gateway): the session cookie goes along, no CORS.
    baseUrl: globalThis.location?.origin ?? '',
    credentials: 'same-origin',
    // Looked up at each call, not captured once: tests' msw (and any later fetch wrapper) sees the requests.
    fetch: (request: Request) => globalThis.fetch(request),
  });
  client.use(csrfMiddleware, frenchMiddleware);
  return client;
}

/** One typed client per service document; paths are the full `/api/v1/...` ones. */
export const suppliersApi = apiClient<SupplierPaths>();
export const tendersApi = apiClient<TenderPaths>();
export const consortiaApi = apiClient<ConsortiaPaths>();
export const searchApi = apiClient<SearchPaths>();

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(call: Promise<FetchResult<T>>): Promise<FetchResult<T>> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    // A cancelled query (unmount, newer search) is not a failure to show.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError(cause);
  }
  if (!result.response.ok) throw problemFromResponse(result.response, result.error);
  return result;
}

/**
 * The body of a successful call, or a thrown ApiError (French message, field errors, rule,
 * Retry-After): what a TanStack Query `queryFn` / `mutationFn` returns.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  return (await settle(call)).data as T;
}

/** The body and its ETag, for a later write with `If-Match` (412 when someone changed it meanwhile). */
export async function unwrapWithVersion<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; etag: string | undefined }> {
  const result = await settle(call);
  return { data: result.data as T, etag: result.response.headers.get('ETag') ?? undefined };
}

/** A fresh `Idempotency-Key`: make it once per user intent (form shown), reuse it on every retry. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
