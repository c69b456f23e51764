import { expect, test } from '@playwright/test';
import { bidsSeenByBuyer, callApi, publishTender, runTag } from './support/api';
import { checkPage } from './support/checks';
import { otherBrowser } from './support/contexts';
import { users } from './support/env';
import { openMenuIfCollapsed, signIn } from './support/session';

/** Time for two people to form, join and submit on a loaded two-core machine, before the deadline. */
const DEADLINE_MINUTES = 4;

test('a groupement formed by fournisseur1 and joined by fournisseur2 submits once despite a double click, one bid for the buyer', async ({ page, browser }, testInfo) => {
  test.setTimeout((DEADLINE_MINUTES + 4) * 60_000);
  const title = `Entretien des gymnases ${runTag()}`;
  const deadline = new Date(Date.now() + DEADLINE_MINUTES * 60_000);
  const tenderId = await publishTender({
    title,
    deadline,
    cpvCodes: ['90910000-9'],
    departmentCodes: ['69'],
    lots: [
      { number: 1, title: 'Gymnases nord', cpv: '90911200' },
      { number: 2, title: 'Gymnases sud', cpv: '90911200' },
    ],
  });

  // fournisseur1 (Envie Rhône Lyon) forms the groupement from the tender's page.
  await page.goto(`/appels-offres/${tenderId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await signIn(page, users.supplier);
  await expect(page).toHaveURL(new RegExp(`/appels-offres/${tenderId}$`));
  await page.getByRole('link', { name: 'Former un groupement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Former un groupement');
  const lead = page.getByRole('combobox', { name: /^Ma structure mandataire/ });
  // Envie Rhône Lyon is among the structures fournisseur1 may lead with (once its structures are loaded).
  const envie = lead.locator('option', { hasText: /ENVIE RHONE LYON/i });
  await expect(envie).toHaveCount(1);
  await lead.selectOption({ label: ((await envie.textContent()) ?? '').trim() });
  const targeted = page.getByRole('group', { name: 'Lots visés par le groupement' });
  await targeted.getByRole('checkbox', { name: 'Lot 1 — Gymnases nord' }).check();
  await targeted.getByRole('checkbox', { name: 'Lot 2 — Gymnases sud' }).check();
  await page.getByRole('radio', { name: 'Groupement conjoint', exact: true }).check();
  const leadScope = page.getByRole('group', { name: 'Ce que fait ma structure' });
  await leadScope.getByRole('checkbox', { name: 'Lot 1 — Gymnases nord' }).check();
  await leadScope.getByRole('textbox', { name: /^Travaux/ }).fill('Nettoyage des gymnases nord');
  await leadScope.getByRole('textbox', { name: /^Part de la valeur du marché/ }).fill('60');
  await expect(leadScope.getByRole('status').filter({ hasText: /^Total des parts : 60/ })).toBeVisible();
  await checkPage(page, 'former-groupement');
  await page.getByRole('button', { name: 'Former le groupement' }).click();
  await expect(page).toHaveURL(/\/groupements\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Groupement : ${title}`);
  const workspace = page.url();

  // It invites SCOP Elits Propreté (fournisseur2's structure) for lot 2: the shares reach 100 % as typed.
  const picker = page.getByRole('search', { name: 'Rechercher une structure partenaire' });
  await picker.getByRole('searchbox', { name: /^Nom de la structure/ }).fill('Elits Propreté');
  await picker.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('button', { name: /^Choisir SCOP ELITS PROPRETE/i }).first().click();
  const invitation = page.getByRole('form', { name: /^Invitation de SCOP ELITS PROPRETE/i });
  await invitation.getByRole('checkbox', { name: 'Lot 2 — Gymnases sud' }).check();
  await invitation.getByRole('textbox', { name: /^Travaux/ }).fill('Nettoyage des gymnases sud');
  await invitation.getByRole('textbox', { name: /^Part de la valeur du marché/ }).fill('40');
  await expect(invitation.getByRole('status').filter({ hasText: 'Total des parts : 100 % — la répartition est complète.' })).toBeVisible();
  await checkPage(page, 'inviter-partenaire');
  await invitation.getByRole('button', { name: 'Envoyer l\'invitation' }).click();
  await expect(invitation).toBeHidden();

  // fournisseur2, in its own browser, finds the invitation and accepts it with the habilitation.
  const partner = await otherBrowser(browser);
  try {
    await partner.goto('/');
    await signIn(partner, users.otherSupplier);
    await openMenuIfCollapsed(partner);
    await partner.getByRole('navigation', { name: 'Mon espace' }).getByRole('link', { name: 'Groupements' }).click();
    await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Mes groupements');
    const invitations = partner.getByRole('region', { name: /invitations? attend/ });
    await invitations.getByRole('link', { name: title }).click();
    await expect(partner.getByRole('heading', { level: 1 })).toHaveText(`Groupement : ${title}`);
    const answer = partner.getByRole('region', { name: /^Invitation pour SCOP ELITS PROPRETE/i });
    await expect(answer).toContainText('Part proposée : 40');
    await checkPage(partner, 'invitation-recue');
    await answer.getByRole('checkbox', { name: 'J\'habilite le mandataire à signer l\'offre du groupement pour ma structure' }).check();
    await answer.getByRole('button', { name: 'Accepter l\'invitation' }).click();
    await expect(answer).toBeHidden();
    await expect(partner.getByText('Vous avez habilité le mandataire à signer l\'offre pour votre structure.')).toBeVisible();
    await checkPage(partner, 'invitation-acceptee');
  } finally {
    await partner.context().close();
  }

  // Back to fournisseur1: everything is ready; a double click on « Déposer » makes one bid.
  await page.goto(workspace);
  const submit = page.getByRole('form', { name: 'Offre commune' });
  await expect(submit.getByText('Avant de déposer l\'offre :')).toBeHidden();
  await submit.getByRole('textbox', { name: /^Montant HT du lot 1/ }).fill('66000');
  await submit.getByRole('textbox', { name: /^Montant HT du lot 2/ }).fill('44000');
  await checkPage(page, 'offre-commune');
  await submit.getByRole('button', { name: 'Déposer l\'offre du groupement' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: /^Offre déposée le / })).toBeVisible({ timeout: 90_000 });
  await checkPage(page, 'offre-deposee');

  // After the deadline the buyer sees exactly one bid, the groupement's (buyer screens: part 2).
  // What the buyer sees does not depend on the supplier's screen size: the phone run, which proved
  // the screens above, does not wait minutes for the deadline again.
  if (testInfo.project.name === 'phone') return;
  await expect
    .poll(async () => callApi(users.buyer, 'GET', `/api/v1/tenders/${tenderId}/bids`, undefined, [200, 409]).then((bids) => Array.isArray(bids)), {
      timeout: deadline.getTime() - Date.now() + 90_000,
      intervals: [5_000],
    })
    .toBe(true);
  const bids = await bidsSeenByBuyer(tenderId);
  expect(bids, JSON.stringify(bids)).toHaveLength(1);
  expect(JSON.stringify(bids[0])).toMatch(/"role":"LEAD"/);
  expect(JSON.stringify(bids[0])).toMatch(/"role":"MEMBER"/);
});
