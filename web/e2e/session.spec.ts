import { expect, test } from '@playwright/test';
import { checkPage } from './support/checks';
import { baseUrl, users } from './support/env';
import { expectKeycloakLoginPage, openMenuIfCollapsed, signIn, signOut } from './support/session';

/** A JSON Web Token: three base64url parts, the first a JSON header (`{"` → `eyJ`). */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;

test('signing out ends the Keycloak session too: signing in again asks for the password', async ({ page }) => {
  await page.goto('/appels-offres');
  await signIn(page, users.supplier);
  await expect(page).toHaveURL(/\/appels-offres$/);
  await checkPage(page, 'connecte');

  await signOut(page);
  await expect(page).toHaveURL(`${baseUrl}/`);
  const session = await page.request.get('/web/session');
  expect(await session.json()).toEqual({ authenticated: false });
  await checkPage(page, 'deconnecte');

  // Were Keycloak's session still alive, this would come straight back signed in.
  await openMenuIfCollapsed(page);
  await page.getByRole('link', { name: 'Se connecter' }).first().click();
  await expectKeycloakLoginPage(page);
});

test('after sign-in no token is reachable from page script and the session cookie is HttpOnly', async ({ page, context }) => {
  await page.goto('/');
  await signIn(page, users.supplier);
  // A page that calls the API with the session (the services get the token from the gateway).
  await openMenuIfCollapsed(page);
  await page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Mes structures' }).click();
  await expect(page.getByRole('link', { name: /ENVIE RHONE LYON/i })).toBeVisible();

  const reachable = await page.evaluate(() => {
    const storage = (store: Storage) => Array.from({ length: store.length }, (_, i) => `${store.key(i)}=${store.getItem(store.key(i) ?? '')}`);
    return { cookie: document.cookie, local: storage(localStorage), session: storage(sessionStorage) };
  });
  expect(reachable.cookie, 'document.cookie').not.toMatch(JWT);
  expect(reachable.local.join('\n'), 'localStorage').not.toMatch(JWT);
  expect(reachable.session.join('\n'), 'sessionStorage').not.toMatch(JWT);
  expect(reachable.cookie, 'the session cookie is not readable by script').not.toMatch(/(^|;\s*)SESSION=/);

  const cookies = await context.cookies(baseUrl);
  const sessionCookie = cookies.find((cookie) => cookie.name === 'SESSION');
  expect(sessionCookie, `the gateway's session cookie (cookies: ${cookies.map((c) => c.name).join(', ')})`).toBeDefined();
  expect(sessionCookie!.httpOnly).toBe(true);
  expect(sessionCookie!.sameSite).toBe('Lax');
  expect(sessionCookie!.value).not.toMatch(JWT);
  // The CSRF token is the one cookie script reads, and it is no token of Keycloak's.
  expect(reachable.cookie).toMatch(/(^|;\s*)XSRF-TOKEN=/);

  // An unsafe call with the session cookie but without the CSRF header is refused.
  const forged = await page.evaluate(async () => {
    const response = await fetch('/api/v1/notifications/read-all', { method: 'POST', credentials: 'same-origin' });
    return { status: response.status, type: response.headers.get('content-type') ?? '' };
  });
  expect(forged.status).toBe(403);
  expect(forged.type).toContain('application/problem+json');
  await checkPage(page, 'mes-structures');
});
