import { describe, expect, it } from 'vitest';
import { networkError, parseRetryAfter, problemFromResponse } from './problem';

function failed(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const response = new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
  return problemFromResponse(response, body);
}

describe('problemFromResponse', () => {
  it.each([
    [401, 'unauthorized', 'Connectez-vous à nouveau'],
    [403, 'forbidden', "Vous n'avez pas le droit"],
    [404, 'not-found', "n'existe pas ou plus"],
    [409, 'conflict', 'refusée'],
    [412, 'stale', 'modifié ces informations entre-temps'],
    [413, 'too-large', 'trop volumineux'],
    [415, 'unsupported-type', "type de fichier n'est pas accepté"],
    [428, 'precondition-required', 'version actuelle'],
    [429, 'rate-limited', 'Trop de demandes'],
    [503, 'unavailable', 'momentanément indisponible'],
    [500, 'server', 'erreur inattendue'],
  ])('gives status %i a French message (%s)', (status, kind, words) => {
    const error = failed(status, { title: 'Some English title', status, detail: 'English detail' });
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toContain(words);
    expect(error.detail).toBe('English detail');
  });

  it('picks the field errors of a 400 problem by field name', () => {
    const error = failed(400, {
      title: 'Bad Request',
      status: 400,
      detail: 'Invalid request content.',
      errors: [
        { field: 'siret', message: 'doit comporter 14 chiffres' },
        { field: 'address.postcode', message: 'ne doit pas être vide' },
        { field: 'siret', message: 'clé de Luhn invalide' },
      ],
    });
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('Certaines informations sont à corriger.');
    expect(error.fieldError('siret')).toBe('doit comporter 14 chiffres clé de Luhn invalide');
    expect(error.fieldError('address.postcode')).toBe('ne doit pas être vide');
    expect(error.fieldError('name')).toBeUndefined();
  });

  it('cites the article of a refused rule', () => {
    const error = failed(409, { status: 409, detail: 'Supplier already leads a groupement', rule: 'R2142-23' });
    expect(error.rule).toBe('R2142-23');
    expect(error.ruleText).toBe('Règle : article R2142-23 du code de la commande publique.');
  });

  it('names a rule that is not an article in French when it knows it', () => {
    expect(failed(409, { status: 409, rule: 'deadline' }).ruleText).toBe('Règle : la date limite de remise des offres.');
    expect(failed(409, { status: 409, rule: 'something new' }).ruleText).toBe('Règle : something new.');
  });

  it('says when to retry from Retry-After on 429 and 503', () => {
    expect(failed(429, undefined, { 'Retry-After': '30' }).message).toBe(
      'Trop de demandes en peu de temps. Réessayez dans 30 secondes.',
    );
    const unavailable = failed(503, { status: 503 }, { 'Retry-After': '1' });
    expect(unavailable.retryAfterSeconds).toBe(1);
    expect(unavailable.message).toBe('Le service est momentanément indisponible. Réessayez dans 1 seconde.');
    expect(failed(503, { status: 503 }).message).toBe(
      'Le service est momentanément indisponible. Réessayez dans quelques instants.',
    );
  });

  it('gives the size limit of a 413 when the problem has one', () => {
    expect(failed(413, { status: 413, maxBytes: 10 * 1024 * 1024 }).message).toBe(
      'Le contenu envoyé est trop volumineux (maximum 10 Mo).',
    );
  });

  it('copes with a body that is not a problem document', () => {
    const error = failed(502, undefined);
    expect(error.kind).toBe('unavailable');
    expect(error.fieldErrors).toEqual({});
    expect(error.rule).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Mon, 07 Dec 2026 12:00:45 GMT', now)).toBe(45);
    expect(parseRetryAfter('Mon, 07 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('networkError', () => {
  it('tells the user the site could not be reached', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error.status).toBe(0);
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Impossible de joindre ESS Market. Vérifiez votre connexion, puis réessayez.');
  });
});
