import i18n from '@/i18n';

/** What kind of failure, for screens that react differently (e.g. offer to reload on `stale`). */
export type ApiErrorKind =
  | 'network'
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'stale'
  | 'too-large'
  | 'unsupported-type'
  | 'unprocessable'
  | 'precondition-required'
  | 'rate-limited'
  | 'unavailable'
  | 'server';

/** An RFC 9457 problem as the services write it (platform's Problems / FieldProblem). */
export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  /** The rule refused: an article of the code de la commande publique ("R2142-23") or a name ("deadline"). */
  rule?: string;
  [property: string]: unknown;
}

/**
 * A failed API call with a French message to show. `detail` keeps the service's own words (English
 * today) for the logs; `fieldErrors` are keyed by the field name the API uses ("address.postcode").
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** 0 when the request never got an answer. */
    readonly status: number,
    message: string,
    readonly fieldErrors: Readonly<Record<string, string[]>> = {},
    readonly rule?: string,
    /** "Règle : article R2142-23 du code de la commande publique." */
    readonly ruleText?: string,
    readonly retryAfterSeconds?: number,
    readonly problem?: ProblemDocument,
  ) {
    super(message);
  }

  get detail(): string | undefined {
    return this.problem?.detail;
  }

  /** The messages for one field, or undefined: ready for a TextField's `error`. */
  fieldError(field: string): string | undefined {
    const messages = this.fieldErrors[field];
    return messages && messages.length > 0 ? messages.join(' ') : undefined;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const ARTICLE = /^[LRD]\.?\s?\d{4}-\d+/;

function ruleText(rule: string): string {
  if (ARTICLE.test(rule)) return i18n.t('problem.ruleArticle', { rule });
  const key = `problem.rules.${rule}`;
  // Dynamic key: the rule names come from the API, so look them up untyped.
  const named = i18n.exists(key) ? (i18n.t as (k: string) => string)(key) : rule;
  return i18n.t('problem.ruleOther', { rule: named });
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function kindOf(status: number): ApiErrorKind {
  switch (status) {
    case 400:
      return 'invalid';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 409:
      return 'conflict';
    case 412:
      return 'stale';
    case 413:
      return 'too-large';
    case 415:
      return 'unsupported-type';
    case 422:
      return 'unprocessable';
    case 428:
      return 'precondition-required';
    case 429:
      return 'rate-limited';
    case 502:
    case 503:
    case 504:
      return 'unavailable';
    default:
      return status >= 500 ? 'server' : 'invalid';
  }
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1
    ? `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(mb)} Mo`
    : `${new Intl.NumberFormat('fr-FR').format(Math.ceil(bytes / 1024))} Ko`;
}

function messageFor(kind: ApiErrorKind, problem: ProblemDocument | undefined, retryAfter: number | undefined): string {
  switch (kind) {
    case 'network':
      return i18n.t('problem.network');
    case 'invalid':
      return i18n.t('problem.invalid');
    case 'unauthorized':
      return i18n.t('problem.unauthorized');
    case 'forbidden':
      return i18n.t('problem.forbidden');
    case 'not-found':
      return i18n.t('problem.notFound');
    case 'conflict':
      return i18n.t('problem.conflict');
    case 'stale':
      return i18n.t('problem.stale');
    case 'too-large':
      return typeof problem?.maxBytes === 'number'
        ? i18n.t('problem.tooLargeMax', { max: formatBytes(problem.maxBytes) })
        : i18n.t('problem.tooLarge');
    case 'unsupported-type':
      return i18n.t('problem.unsupportedType');
    case 'unprocessable':
      return i18n.t('problem.unprocessable');
    case 'precondition-required':
      return i18n.t('problem.preconditionRequired');
    case 'rate-limited':
      return retryAfter === undefined
        ? i18n.t('problem.rateLimited')
        : i18n.t('problem.rateLimitedRetry', { count: retryAfter });
    case 'unavailable':
      return retryAfter === undefined
        ? i18n.t('problem.unavailable')
        : i18n.t('problem.unavailableRetry', { count: retryAfter });
    case 'server':
      return i18n.t('problem.server');
  }
}

function asProblem(body: unknown): ProblemDocument | undefined {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as ProblemDocument) : undefined;
}

function fieldErrorsOf(problem: ProblemDocument | undefined): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const entry of Array.isArray(problem?.errors) ? problem.errors : []) {
    if (entry && typeof entry.field === 'string') {
      (byField[entry.field] ??= []).push(typeof entry.message === 'string' ? entry.message : '');
    }
  }
  return byField;
}

/** A failed response (its body already parsed, as openapi-fetch gives it) as an ApiError. */
export function problemFromResponse(response: Response, body: unknown): ApiError {
  const problem = asProblem(body);
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const kind = kindOf(response.status);
  const rule = typeof problem?.rule === 'string' && problem.rule !== '' ? problem.rule : undefined;
  return new ApiError(
    kind,
    response.status,
    messageFor(kind, problem, retryAfter),
    fieldErrorsOf(problem),
    rule,
    rule === undefined ? undefined : ruleText(rule),
    retryAfter,
    problem,
  );
}

/** fetch threw: offline, DNS, connection refused, CORS… — the request had no answer. */
export function networkError(cause: unknown): ApiError {
  const error = new ApiError('network', 0, messageFor('network', undefined, undefined));
  (error as { cause?: unknown }).cause = cause;
  return error;
}
