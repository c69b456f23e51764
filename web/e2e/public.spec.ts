import { expect, test, type Page } from '@playwright/test';
import { checkPage } from './support/checks';
import { openMenuIfCollapsed } from './support/session';

/** The results of a search page (its « Résultats » region) once the search has answered. */
function results(page: Page) {
  return page.getByRole('region', { name: 'Résultats' });
}

/** On a phone the filters sit behind their toggle (closed at first). */
async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Filtres de la recherche' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

test('an anonymous visitor finds cleaning suppliers near Villeurbanne and opens a real SIAE profile', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marchés publics inclusifs et responsables');
  await checkPage(page, 'accueil');

  await openMenuIfCollapsed(page);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Fournisseurs' }).click();
  await expect(page).toHaveURL(/\/fournisseurs$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fournisseurs inclusifs');

  const search = page.getByRole('search', { name: 'Rechercher des fournisseurs' });
  await search.getByRole('searchbox', { name: 'Activité, nom ou mot-clé' }).fill('nettoyage');
  const near = search.getByRole('combobox', { name: 'Près de (commune)' });
  await near.pressSequentially('Villeurb', { delay: 50 });
  await page.getByRole('option', { name: /^Villeurbanne/ }).first().click();
  await expect(near).toHaveValue(/^Villeurbanne/);
  await search.getByRole('button', { name: 'Rechercher' }).click();

  // The search is in the URL (shareable): words, the commune's INSEE code (Villeurbanne 69266) and a radius.
  await expect(page).toHaveURL(/[?&]q=nettoyage/);
  await expect(page).toHaveURL(/[?&]near=69266/);
  await expect(page.getByRole('status').filter({ hasText: /fournisseurs? trouvés?/ })).toBeVisible();
  const firstResult = results(page).getByRole('listitem').first().getByRole('heading', { level: 3 }).getByRole('link');
  await expect(firstResult).toBeVisible();
  await expect(results(page).getByText(/à \d+([,.]\d)? km/).first()).toBeVisible();
  await checkPage(page, 'recherche-fournisseurs');

  const name = ((await firstResult.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  expect(name, 'a real structure of the SIAE directory').not.toBe('');
  await firstResult.click();
  await expect(page).toHaveURL(/\/fournisseurs\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('SIRET', { exact: true })).toBeVisible();
  await checkPage(page, 'fiche-fournisseur');

  // The back button returns to the same search.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]near=69266/);
  await expect(results(page).getByRole('link', { name })).toBeVisible();
});

test('an anonymous visitor searches tenders, filters reserved lots and reads a tender with its lots and reservation article', async ({ page }) => {
  await page.goto('/');
  const home = page.getByRole('search', { name: 'Rechercher des appels d\'offres' });
  await home.getByRole('searchbox', { name: 'Rechercher des appels d\'offres' }).fill('nettoyage');
  await home.getByRole('button', { name: 'Voir les appels d\'offres' }).click();

  await expect(page).toHaveURL(/\/appels-offres\?q=nettoyage/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appels d\'offres');
  await expect(page.getByRole('status').filter({ hasText: /appels? d'offres trouvés?/ })).toBeVisible();
  await checkPage(page, 'recherche-appels-offres');

  // Only tenders with a reserved lot (the demo data has some): a facet of the search.
  await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('');
  await page.getByRole('search', { name: 'Rechercher des appels d\'offres' }).getByRole('button', { name: 'Rechercher' }).click();
  await openFilters(page);
  const reserved = page.getByRole('group', { name: 'Lots réservés' }).getByRole('checkbox').first();
  // The box shows the filter the search applied: it is ticked once the filtered results arrive.
  await reserved.click();
  await expect(page).toHaveURL(/[?&]reservation=/);
  await expect(reserved).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: /appels? d'offres trouvés?/ })).toBeVisible();
  const tender = results(page).getByRole('listitem').first().getByRole('heading').getByRole('link');
  const title = ((await tender.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  await checkPage(page, 'appels-offres-lots-reserves');

  await tender.click();
  await expect(page).toHaveURL(/\/appels-offres\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 2, name: /^\d+ lots?$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Lot 1 : / })).toBeVisible();
  await expect(page.getByText(/^Réservé : .+ \(article L2113-1[2-5]\)$/).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Critères d\'attribution' })).toBeVisible();
  await checkPage(page, 'detail-appel-offres');
});

test('the skip link and the main navigation are reached with Tab and show where the focus is', async ({ page }) => {
  await page.goto('/appels-offres');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appels d\'offres');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(page);
  await checkPage(page, 'lien-evitement');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // From the top again: the brand, (on a phone, the menu button,) then the main navigation's links.
  await page.goto('/appels-offres');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appels d\'offres');
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  const tenders = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Appels d\'offres' });
  for (let presses = 0; presses < 6 && !(await isFocused(tenders)); presses++) {
    await page.keyboard.press('Tab');
    if ((await isFocused(menu)) && (await menu.getAttribute('aria-expanded')) !== 'true') {
      await expectVisibleFocus(page);
      await page.keyboard.press('Enter');
    }
  }
  await expect(tenders).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Fournisseurs' })).toBeFocused();
  await expectVisibleFocus(page);
  await checkPage(page, 'navigation-clavier');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fournisseurs$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fournisseurs inclusifs');
});

async function isFocused(locator: ReturnType<Page['getByRole']>): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** The focused element draws an outline or a box shadow that a sighted keyboard user can see. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', visible: false, outline: '', shadow: '' };
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : '';
    const shadow = style.boxShadow !== 'none' ? style.boxShadow : '';
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return { tag: element.tagName + (element.textContent ? ` « ${element.textContent.trim()} »` : ''), visible: onScreen && (outline !== '' || shadow !== ''), outline, shadow };
  });
  expect(focus.visible, `the focus on ${focus.tag} is visible (outline: ${focus.outline || 'none'}, box-shadow: ${focus.shadow || 'none'})`).toBe(true);
}
