import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/queryClient';
import type { Supplier } from '@/features/suppliers/api';
import { server } from '@/test/server';
import type { Tender } from './api';
import { BidForm } from './BidForm';

const tender = {
  id: 't-1',
  title: 'Nettoyage des écoles',
  status: 'PUBLISHED',
  deadline: '2099-01-01T12:00:00Z',
  lots: [
    { number: 1, title: 'Écoles du nord', reservation: 'NONE' },
    { number: 2, title: 'Écoles du sud', reservation: 'DISABILITY', reservationArticle: 'L2113-12' },
  ],
} as Tender;
const structure = { id: 's-1', status: 'VERIFIED', profile: { legalName: 'Envie Rhône Lyon', kinds: ['EI'] } } as Supplier;

function renderForm() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <BidForm tender={tender} structures={[structure]} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('bid form', () => {
  it('sends the same Idempotency-Key when the submission is retried, so one bid is made', { timeout: 30_000 }, async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    server.use(
      http.post('*/api/v1/tenders/t-1/bids', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json({ status: 503, title: 'Service Unavailable' }, { status: 503, headers: { 'Retry-After': '1' } });
        }
        return HttpResponse.json({ id: 'b-1', tenderId: 't-1', status: 'PENDING', offers: [{ lotNumber: 1, amount: 1000 }] }, { status: 201 });
      }),
    );
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Montant du lot 1/), '1 000');
    await user.click(screen.getByRole('button', { name: 'Déposer mon offre' }));
    expect(await screen.findByText(/momentanément indisponible/, undefined, { timeout: 5000 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Déposer mon offre' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows a reserved-lot refusal next to the lot, citing its article', async () => {
    server.use(
      http.post('*/api/v1/tenders/t-1/bids', () =>
        HttpResponse.json(
          { status: 409, title: 'Conflict', detail: 'Envie Rhône Lyon [EI] cannot perform lot 2, reserved to [EA, EATT, ESAT] (L2113-12)', rule: 'L2113-12' },
          { status: 409 },
        ),
      ),
    );
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Montant du lot 2/), '500');
    await user.click(screen.getByRole('button', { name: 'Déposer mon offre' }));
    const lot2 = screen.getByLabelText(/Montant du lot 2/);
    await waitFor(() => expect(lot2).toHaveAccessibleDescription(/Offre refusée : ce lot est réservé \(article L2113-12/));
  });

  it('does not send a bid whose amount is not a valid number of euros', async () => {
    let sent = false;
    server.use(http.post('*/api/v1/tenders/t-1/bids', () => ((sent = true), HttpResponse.json({}))));
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Montant du lot 1/), '10,555');
    await user.click(screen.getByRole('button', { name: 'Déposer mon offre' }));
    expect(screen.getByLabelText(/Montant du lot 1/)).toHaveAccessibleDescription(/Deux chiffres au plus/);
    expect(sent).toBe(false);
  });
});
