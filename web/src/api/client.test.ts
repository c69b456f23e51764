import createClient from 'openapi-fetch';
import { describe, expect, it, vi } from 'vitest';
import { csrfMiddleware, unwrap } from './client';
import { ApiError } from './problem';

interface TestPaths {
  '/api/v1/things': {
    get: { responses: { 200: { content: { 'application/json': { ok: boolean } } } } };
    post: { responses: { 201: { content: { 'application/json': { ok: boolean } } } } };
  };
}

/** A client like the app's, whose fetch records the requests and answers `answer`. */
function recordingClient(answer: () => Response = () => Response.json({ ok: true })) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request);
    return answer();
  });
  const client = createClient<TestPaths>({ baseUrl: 'http://localhost', fetch });
  client.use(csrfMiddleware);
  return { client, requests };
}

describe('csrfMiddleware', () => {
  it('sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN on an unsafe call', async () => {
    document.cookie = 'XSRF-TOKEN=abc-123';
    const { client, requests } = recordingClient();
    await client.POST('/api/v1/things');
    expect(requests[0]?.headers.get('X-XSRF-TOKEN')).toBe('abc-123');
  });

  it('leaves reads without the token', async () => {
    document.cookie = 'XSRF-TOKEN=abc-123';
    const { client, requests } = recordingClient();
    await client.GET('/api/v1/things');
    expect(requests[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends no header when the gateway has not set the cookie yet', async () => {
    const { client, requests } = recordingClient();
    await client.POST('/api/v1/things');
    expect(requests[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
  });
});

describe('unwrap', () => {
  it('returns the body of a success', async () => {
    const { client } = recordingClient();
    await expect(unwrap(client.GET('/api/v1/things'))).resolves.toEqual({ ok: true });
  });

  it('throws an ApiError carrying the field errors of a problem', async () => {
    const { client } = recordingClient(() =>
      Response.json({ status: 400, errors: [{ field: 'name', message: 'obligatoire' }] }, { status: 400 }),
    );
    const error = await unwrap(client.POST('/api/v1/things')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldError('name')).toBe('obligatoire');
  });

  it('turns a request without answer into a network error', async () => {
    const client = createClient<TestPaths>({
      baseUrl: 'http://localhost',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(unwrap(client.GET('/api/v1/things'))).rejects.toMatchObject({ kind: 'network', status: 0 });
  });
});
