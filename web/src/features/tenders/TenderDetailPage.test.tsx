import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { reservationLabel } from '@/features/reference/reservations';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';

const lot = (number: number, reservation: string) => ({ number, title: `Lot ${reservation}`, cpv: '90910000', estimatedValue: 10000, currency: 'EUR', reservation });

function tenderApi() {
  server.use(
    http.get('/api/v1/tenders/t-1', () =>
      HttpResponse.json({
        id: 't-1',
        buyerSiret: '21690123100011',
        status: 'PUBLISHED',
        title: 'Nettoyage des écoles',
        description: 'Entretien quotidien.',
        kind: 'TENDER',
        procedure: 'OPEN',
        place: { scope: 'DEPARTMENTS', departmentCodes: ['69'] },
        cpvCodes: ['90910000'],
        socialClause: { insertionHours: 1200, description: 'Heures pour des allocataires du RSA.' },
        environmentalClause: 'Produits écolabellisés.',
        awardCriteria: [
          { name: 'Prix', weight: 40 },
          { name: 'Valeur technique', weight: 60 },
        ],
        deadline: '2099-01-15T12:00:00Z',
        consortiumPolicy: { forbidAloneAndInGroupement: true, forbidSeveralGroupements: false },
        lotLimits: { maxLotsPerBidder: 2 },
        lots: [lot(1, 'DISABILITY'), lot(2, 'INSERTION'), lot(3, 'BOTH'), lot(4, 'ESS'), lot(5, 'NONE')],
      }),
    ),
    http.get('/api/v1/tenders/t-1/documents', () =>
      HttpResponse.json([{ id: 'd-1', fileName: 'CCTP.pdf', contentType: 'application/pdf', size: 204800, uploadedAt: '2026-12-01T10:00:00Z', sha256: 'x' }]),
    ),
    http.get('/api/v1/tenders/t-1/questions', () =>
      HttpResponse.json({
        content: [{ id: 'q-1', text: 'Les vitres sont-elles comprises ?', askedAt: '2026-12-02T10:00:00Z', askedByYou: false, answer: 'Non.' }],
        page: 0,
        size: 20,
        totalElements: 1,
        totalPages: 1,
      }),
    ),
    http.get('/api/v1/search/autocomplete', () => HttpResponse.json([{ type: 'cpv', label: '90910000 — Services de nettoyage', value: '90910000' }])),
  );
}

describe('reservations', () => {
  it.each([
    ['DISABILITY', 'L2113-12'],
    ['INSERTION', 'L2113-13'],
    ['BOTH', 'L2113-14'],
    ['ESS', 'L2113-15'],
  ] as const)('a lot reserved %s cites article %s', (reservation, article) => {
    expect(reservationLabel(reservation)).toContain(`article ${article}`);
  });
});

describe('tender detail page', { timeout: 30_000 }, () => {
  it('shows each lot with its reservation, the article that allows it and what it means', async () => {
    tenderApi();
    renderApp('/appels-offres/t-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nettoyage des écoles' }, { timeout: 15_000 })).toBeInTheDocument();
    const lots = within(screen.getByRole('region', { name: '5 lots' })).getAllByRole('article');
    expect(lots).toHaveLength(5);
    expect(lots[0]).toHaveTextContent(/article L2113-12.*entreprises adaptées/);
    expect(lots[1]).toHaveTextContent(/article L2113-13.*insertion par l'activité économique/);
    expect(lots[2]).toHaveTextContent(/article L2113-14/);
    expect(lots[3]).toHaveTextContent(/article L2113-15.*économie sociale et solidaire/);
    expect(lots[4]).toHaveTextContent('Ouvert à toutes les entreprises.');
    expect(await within(lots[0] as HTMLElement).findByText('90910000 — Services de nettoyage')).toBeInTheDocument();
  });

  it('shows the clauses, criteria, rules, documents, questions and the open-data link', async () => {
    tenderApi();
    renderApp('/appels-offres/t-1');
    await screen.findByRole('heading', { level: 1, name: 'Nettoyage des écoles' }, { timeout: 15_000 });
    expect(screen.getByText(/1\s200 heures de travail réservées/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Valeur technique 60 %' })).toBeInTheDocument();
    expect(screen.getByText(/Interdit de répondre à la fois seul et en groupement/)).toBeInTheDocument();
    expect(screen.getByText('Une entreprise peut répondre à 2 lots au plus.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Télécharger CCTP.pdf' })).toHaveAttribute('href', '/api/v1/tenders/t-1/documents/d-1');
    expect(await screen.findByText('Les vitres sont-elles comprises ?')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /format OCDS/ })).toHaveAttribute('href', '/api/v1/tenders/t-1/ocds');
  });
});
