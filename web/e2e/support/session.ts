import { expect, type Locator, type Page } from '@playwright/test';
import { keycloakUrl, type DemoUser } from './env';

/**
 * On a phone the header's links sit behind the « Menu » button: open it when it is shown and
 * closed, as a person would before looking for a link.
 */
export async function openMenuIfCollapsed(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
}

/**
 * Keycloak's own login page (its French or English labels, as the realm offers both). The email is the
 * user name (realm registrationEmailAsUsername), so the field says "Courriel"; demo users type their user name.
 */
export function keycloakLoginForm(page: Page) {
  return {
    username: page.getByRole('textbox', { name: /^(courriel|email)$/i }),
    password: page.getByRole('textbox', { name: /^(mot de passe|password)$/i }),
    submit: page.getByRole('button', { name: /^(connexion|se connecter|sign in|log in)$/i }),
  };
}

/** Expects the browser on Keycloak's login page (not a silent sign-in). */
export async function expectKeycloakLoginPage(page: Page): Promise<void> {
  await expect(page).toHaveURL((url) => url.href.startsWith(`${keycloakUrl}/realms/marketplace/`));
  await expect(keycloakLoginForm(page).username).toBeVisible();
  await expect(keycloakLoginForm(page).password).toBeVisible();
}

/**
 * Signs in as a person does: the app's « Se connecter » button, then Keycloak's real login form,
 * back on the page where it started, signed in.
 */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  const signInLink = page.getByRole('link', { name: 'Se connecter' }).first();
  await expectInHeader(page, signInLink);
  await signInLink.click();
  await expectKeycloakLoginPage(page);
  const form = keycloakLoginForm(page);
  await form.username.fill(user.username);
  await form.password.fill(user.password);
  // The click waits for the redirects back through the gateway (code exchange): a page load, not an action.
  await form.submit.click({ timeout: 60_000 });
  await expect(page).toHaveURL((url) => !url.href.startsWith(keycloakUrl));
  await expectInHeader(page, page.getByRole('button', { name: 'Se déconnecter' }));
}

/**
 * Waits until the header shows `control`, opening the phone menu when needed: on a fresh page load
 * the app may still be starting (and close the menu as it renders), so open it again until seen.
 */
async function expectInHeader(page: Page, control: Locator): Promise<void> {
  await expect(async () => {
    await openMenuIfCollapsed(page);
    await expect(control).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** The header's « Se déconnecter » (a form post that ends the gateway's and Keycloak's sessions). */
export async function signOut(page: Page): Promise<void> {
  await openMenuIfCollapsed(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expectInHeader(page, page.getByRole('link', { name: 'Se connecter' }).first());
}
