import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/test/server';
import type { Groupement } from './model';
import { formingGroupement, renderInWorkspace } from './testing';
import { SubmitJointBid } from './SubmitJointBid';

const ready = formingGroupement(7, { status: 'ACCEPTED', habilitationGranted: true });

function renderSubmit(groupement: Groupement) {
  renderInWorkspace(<SubmitJointBid />, groupement, true);
}

describe('SubmitJointBid', () => {
  it('sends one bid with the version in If-Match however often the button is clicked while pending', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post('*/api/v1/consortia/g1/submit', async ({ request }) => {
        sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        await answered;
        return HttpResponse.json({ ...ready, status: 'SUBMITTING', version: 8 }, { status: 202 });
      }),
    );
    renderSubmit(ready);
    fireEvent.change(screen.getByLabelText(/Montant HT du lot 1/), { target: { value: '90000' } });
    fireEvent.change(screen.getByLabelText(/Montant HT du lot 2/), { target: { value: '40000,50' } });
    const button = screen.getByRole('button', { name: "Déposer l'offre du groupement" });

    // A double click: the second click comes before React re-renders the disabled button.
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText("Envoi de l'offre…")).toBeInTheDocument();
    fireEvent.click(button);

    answer();
    await waitFor(() => expect(button).toBeEnabled());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.ifMatch).toBe('"7"');
    expect(sent[0]?.body).toEqual({ offers: [{ lotNumber: 1, amount: 90000 }, { lotNumber: 2, amount: 40000.5 }] });
  });

  it('shows a groupement whose bid is being relayed as "transmission en cours", with no button', () => {
    renderSubmit({ ...ready, status: 'SUBMITTING' });
    expect(screen.getByRole('status')).toHaveTextContent('Transmission en cours');
    expect(screen.queryByRole('button', { name: "Déposer l'offre du groupement" })).not.toBeInTheDocument();
  });

  it('asks for an amount for every lot before sending anything', () => {
    renderSubmit(ready);
    fireEvent.change(screen.getByLabelText(/Montant HT du lot 1/), { target: { value: '90000' } });
    fireEvent.click(screen.getByRole('button', { name: "Déposer l'offre du groupement" }));
    expect(screen.getByLabelText(/Montant HT du lot 2/)).toHaveAccessibleDescription(
      'Indiquez un montant en euros, par exemple 12500 ou 12500,50.',
    );
  });
});
