import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/**
 * The API as the tests see it (msw intercepts fetch). Default: nobody signed in. A test adds its
 * own answers with `server.use(http.get('/api/v1/…', () => HttpResponse.json(…)))`.
 */
export const server = setupServer(http.get('/web/session', () => HttpResponse.json({ authenticated: false })));

export function signedInAs(username: string, roles: string[] = ['supplier']) {
  server.use(
    http.get('/web/session', () =>
      HttpResponse.json({ authenticated: true, userId: `id-${username}`, username, name: username, email: `${username}@example.org`, roles }),
    ),
    // The header's badge asks as soon as someone is signed in; a test about it answers otherwise.
    http.get('*/api/v1/notifications/unread-count', () => HttpResponse.json({ unread: 0 })),
  );
}
