import { expect, test } from '@playwright/test';
import { callApi, publishTender, runTag } from './support/api';
import { checkPage } from './support/checks';
import { users } from './support/env';
import { signIn } from './support/session';

/** A small real PDF: the API checks what a file is by its first bytes, not by its name. */
const TECHNICAL_STATEMENT = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

test('fournisseur1 says which lot interests it, asks a question, bids alone once despite a double click, joins a document and withdraws', async ({ page }) => {
  const tag = runTag();
  const title = `Nettoyage des écoles ${tag}`;
  const tenderId = await publishTender({
    title,
    deadline: new Date(Date.now() + 20 * 24 * 3600_000),
    cpvCodes: ['90910000-9'],
    departmentCodes: ['69'],
    lots: [
      { number: 1, title: 'Écoles maternelles', cpv: '90911200' },
      { number: 2, title: 'Écoles élémentaires', cpv: '90911200' },
    ],
  });

  await page.goto(`/appels-offres/${tenderId}`);
  await signIn(page, users.supplier);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const actions = page.getByRole('region', { name: 'Répondre à cet appel d\'offres' });

  // Not interested in lot 2, without a reason at first: the form asks for one, next to « Pourquoi ? ».
  const interest = actions.getByRole('form', { name: 'Mon intérêt' });
  await interest.getByRole('radio', { name: 'Pas intéressé·e' }).check();
  await interest.getByRole('checkbox', { name: 'Lot 2 — Écoles élémentaires' }).check();
  await interest.getByRole('button', { name: 'Enregistrer ma réponse' }).click();
  const reason = interest.getByRole('combobox', { name: /^Pourquoi \?/ });
  await expect(reason).toHaveAccessibleDescription(/pourquoi cet appel d'offres ne vous intéresse pas/);
  await checkPage(page, 'interet-sans-raison');
  await reason.selectOption({ label: 'Délai de réponse trop court' });
  await interest.getByRole('button', { name: 'Enregistrer ma réponse' }).click();
  await expect(interest.getByRole('status').filter({ hasText: 'Vous avez indiqué ne pas être intéressé·e par les lots 2' })).toBeVisible();

  // It changes its mind: interested in lot 1 only.
  await interest.getByRole('radio', { name: 'Intéressé·e', exact: true }).check();
  await interest.getByRole('checkbox', { name: 'Lot 2 — Écoles élémentaires' }).uncheck();
  await interest.getByRole('checkbox', { name: 'Lot 1 — Écoles maternelles' }).check();
  await interest.getByRole('button', { name: 'Enregistrer ma réponse' }).click();
  await expect(interest.getByRole('status').filter({ hasText: 'Vous avez indiqué être intéressé·e par les lots 1' })).toBeVisible();

  const question = `Les vitres sont-elles comprises dans le lot 1 ? (${tag})`;
  await actions.getByRole('textbox', { name: 'Poser une question' }).fill(question);
  await actions.getByRole('button', { name: 'Envoyer la question' }).click();
  await expect(actions.getByRole('status').filter({ hasText: 'Question envoyée.' })).toBeVisible();
  await expect(actions.getByText(question)).toBeVisible();
  await checkPage(page, 'interet-et-question');

  // Bid alone on lot 1: a double click on « Déposer mon offre » makes one bid.
  await actions.getByRole('link', { name: 'Répondre seul' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Répondre seul à l\'appel d\'offres');
  const bidder = page.getByRole('combobox', { name: /^Structure qui répond/ });
  const envie = bidder.locator('option', { hasText: /ENVIE RHONE LYON/i });
  await expect(envie).toHaveCount(1);
  await bidder.selectOption({ label: ((await envie.textContent()) ?? '').trim() });
  const amount = page.getByRole('textbox', { name: /^Montant du lot 1 — Écoles maternelles \(€ HT\)/ });
  await amount.fill('12 500,5');
  await expect(page.getByText(/^Total de l'offre : 12\s500,50\s€ HT$/)).toBeVisible();
  await checkPage(page, 'offre-seul');
  await page.getByRole('button', { name: 'Déposer mon offre' }).dblclick();
  const myBid = page.getByRole('region', { name: 'Mon offre déposée' });
  await expect(myBid).toBeVisible({ timeout: 60_000 });
  await expect(myBid).toContainText('Déposée');
  await expect(myBid.getByRole('row', { name: /Lot 1 — Écoles maternelles/ })).toContainText(/12\s500,50\s€/);
  const bids = await callApi<{ status: string }[]>(users.supplier, 'GET', `/api/v1/tenders/${tenderId}/bids`);
  expect(bids.filter((bid) => bid.status !== 'WITHDRAWN'), JSON.stringify(bids)).toHaveLength(1);

  // Its technical statement goes with the bid.
  await myBid.getByLabel('Pièce à joindre').setInputFiles({
    name: 'memoire-technique.pdf',
    mimeType: 'application/pdf',
    buffer: TECHNICAL_STATEMENT,
  });
  await myBid.getByRole('button', { name: 'Joindre la pièce' }).click();
  await expect(myBid.getByRole('status').filter({ hasText: 'Pièce jointe à l\'offre.' })).toBeVisible();
  await expect(myBid.getByRole('link', { name: 'memoire-technique.pdf' })).toBeVisible();
  await checkPage(page, 'offre-deposee-avec-piece');

  // Before the deadline it may withdraw, after confirming; it could then bid again.
  page.once('dialog', (dialog) => void dialog.accept());
  await myBid.getByRole('button', { name: 'Retirer mon offre' }).click();
  await expect(page.getByText('Vous avez retiré 1 offre sur cet appel d\'offres.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Déposer mon offre' })).toBeVisible();
  await checkPage(page, 'offre-retiree');
});

test('fournisseur1 saves a tender search with email alerts, turns the alerts off, and deletes it', async ({ page }) => {
  const name = `Nettoyage ${runTag()}`;
  await page.goto('/appels-offres?q=nettoyage');
  await signIn(page, users.supplier);
  await page.getByRole('button', { name: 'Enregistrer cette recherche' }).click();
  await page.getByRole('textbox', { name: 'Nom de la recherche' }).fill(name);
  await page.getByRole('checkbox', { name: 'Me prévenir aussi par courriel' }).check();
  await checkPage(page, 'enregistrer-recherche');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recherche enregistrée.' })).toBeVisible();

  await page.getByRole('link', { name: 'Voir mes recherches' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recherches enregistrées');
  const saved = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await expect(saved).toContainText('Mots : nettoyage');
  const alerts = saved.getByRole('checkbox', { name: `Alertes par courriel pour « ${name} »` });
  await expect(alerts).toBeChecked();
  await checkPage(page, 'recherches-enregistrees');

  await alerts.uncheck();
  await expect(alerts).toBeEnabled();
  await page.reload();
  await expect(alerts).not.toBeChecked();

  // The search runs again from its link, with its words in the address.
  await saved.getByRole('link', { name: `Relancer la recherche « ${name} »` }).click();
  await expect(page).toHaveURL(/[?&]q=nettoyage\b/);
  await page.goBack();

  page.once('dialog', (dialog) => void dialog.accept());
  await saved.getByRole('button', { name: `Supprimer la recherche « ${name} »` }).click();
  await expect(saved).toHaveCount(0);
});
