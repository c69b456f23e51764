import { expect, test, type Page } from '@playwright/test';
import { publishTender, runTag, structureOf } from './support/api';
import { checkPage } from './support/checks';
import { otherBrowser } from './support/contexts';
import { SUPPLIER_SIRET, users } from './support/env';
import { openMenuIfCollapsed, signIn } from './support/session';

/** A marker of this run at the end of the profile's presentation, replacing an earlier run's. */
const MARKER = /\s*Essai navigateur \w+\.$/;

/** fournisseur1 opens its structure (Envie Rhône Lyon) from « Mes structures ». */
async function openMyStructure(page: Page): Promise<void> {
  await openMenuIfCollapsed(page);
  await page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Mes structures' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes structures');
  // On a phone the menu closing after the first click shifts the page: a tap can land beside the
  // link, and a person taps again.
  await expect(async () => {
    await page.getByRole('link', { name: /ENVIE RHONE LYON/i }).click({ timeout: 10_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Ma structure : .*ENVIE RHONE LYON/i, { timeout: 10_000 });
  }).toPass({ timeout: 45_000 });
}

test('fournisseur1 edits its structure\'s presentation and finds the change in the public catalogue', async ({ page }) => {
  const tag = runTag();
  const word = `essai${tag}`;
  await page.goto('/');
  await signIn(page, users.supplier);
  await openMyStructure(page);
  await checkPage(page, 'mes-structures-edition');

  const presentation = page.getByRole('textbox', { name: 'Présentation' });
  const before = await presentation.inputValue();
  await presentation.fill(`${before.replace(MARKER, '')} Essai navigateur ${word}.`);
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profil enregistré.' })).toBeVisible();
  await checkPage(page, 'profil-enregistre');

  // The catalogue reads the search index, fed by a relay every 500 ms: reload a few times, bounded.
  await page.goto(`/fournisseurs?q=${word}`);
  const found = page.getByRole('region', { name: 'Résultats' }).getByRole('link', { name: /ENVIE RHONE LYON/i });
  await expect(async () => {
    await page.reload();
    await expect(found).toBeVisible({ timeout: 5_000 });
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 60_000 });
  await checkPage(page, 'catalogue-apres-modification');
  await found.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ENVIE RHONE LYON/i);
  await expect(page.getByText(`Essai navigateur ${word}.`)).toBeVisible();
});

test('a stale edit of the profile says who changed what and offers to reload, overwriting nothing', async ({ page, browser }) => {
  const tag = runTag();
  await page.goto('/');
  await signIn(page, users.supplier);
  await openMyStructure(page);

  // The same person in another window opens the same profile and changes the trade name first.
  const other = await otherBrowser(browser);
  try {
    await other.goto('/');
    await signIn(other, users.supplier);
    await openMyStructure(other);
    await other.getByRole('textbox', { name: 'Nom commercial' }).fill(`Envie Lyon ${tag}`);
    await other.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Profil enregistré.' })).toBeVisible();
  } finally {
    await other.context().close();
  }

  // The first window still holds the version it read.
  const presentation = page.getByRole('textbox', { name: 'Présentation' });
  await presentation.fill(`${(await presentation.inputValue()).replace(MARKER, '')} Essai navigateur perime${tag}.`);
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Ce profil a été modifié depuis que vous l\'avez ouvert' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('listitem').filter({ hasText: /a modifié .*le nom commercial/ })).toBeVisible();
  await expect(alert.getByRole('listitem').first()).toContainText(/^Vous \(dans une autre fenêtre\)/);
  await expect(page.getByRole('button', { name: 'Enregistrer le profil' })).toBeDisabled();
  await checkPage(page, 'modification-perimee');

  await alert.getByRole('button', { name: 'Recharger le profil actuel' }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Nom commercial' })).toHaveValue(`Envie Lyon ${tag}`);
  await expect(presentation).not.toHaveValue(new RegExp(`perime${tag}`));
  await checkPage(page, 'profil-recharge');
});

test('the unread badge goes up when a tender matching fournisseur1\'s structure is published', async ({ page }) => {
  const envie = await structureOf(users.supplier, SUPPLIER_SIRET);
  const profile = (envie.profile ?? {}) as { activities?: { cpvCodes?: string[] }[]; location?: { departmentCode?: string; postcode?: string } };
  const cpv = profile.activities?.flatMap((activity) => activity.cpvCodes ?? [])[0];
  expect(cpv, 'Envie Rhône Lyon has an activity with a CPV code (demo data)').toBeDefined();
  const department = profile.location?.departmentCode ?? profile.location?.postcode?.slice(0, 2) ?? '69';

  await page.goto('/');
  await signIn(page, users.supplier);
  await openMenuIfCollapsed(page);
  const notifications = page.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: /^Notifications/ });
  await expect(notifications).toBeVisible();
  const unread = async () => Number(/(\d+) non lues?/.exec((await notifications.textContent()) ?? '')?.[1] ?? 0);
  const before = await unread();
  await checkPage(page, 'badge-avant');

  const title = `Collecte et réemploi d'équipements ${runTag()}`;
  await publishTender({
    title,
    deadline: new Date(Date.now() + 20 * 24 * 3600_000),
    cpvCodes: [cpv!],
    departmentCodes: [department],
    lots: [{ number: 1, title: 'Lot unique', cpv: cpv! }],
  });

  // The alert is made when the search index learns of the tender; the badge asks every 30 s.
  // (Other alerts may arrive meanwhile on a shared platform: the count goes up by at least one.)
  await expect.poll(unread, { timeout: 120_000, intervals: [2_000] }).toBeGreaterThan(before);
  const after = await unread();
  await expect(notifications).toHaveAccessibleName(new RegExp(`^Notifications\\s?, ${after} non lues?$`));
  await checkPage(page, 'badge-apres');

  await notifications.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  await expect(page.getByText(title).first()).toBeVisible();
  await checkPage(page, 'notifications');
});
