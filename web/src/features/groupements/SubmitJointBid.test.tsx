import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/queryClient';
import { server } from '@/test/server';
import type { Groupement } from './model';
import { SubmitJointBid } from './SubmitJointBid';
import { WorkspaceContext } from './workspace';

const ready: Groupement = {
  id: 'g1',
  tenderId: 't1',
  tenderTitle: 'Entretien des parcs',
  status: 'FORMING',
  version: 7,
  lots: [
    { number: 1, title: 'Espaces verts' },
    { number: 2, title: 'Nettoyage' },
  ],
  uncoveredLots: [],
  members: [
    { supplierId: 'ei', legalName: 'Envie Rhône', role: 'LEAD', lots: [1], share: 60, status: 'ACCEPTED', habilitationGranted: true },
    { supplierId: 'scop', legalName: 'SCOP Elits', role: 'MEMBER', lots: [2], share: 40, status: 'ACCEPTED', habilitationGranted: true },
  ],
};

function renderSubmit(groupement: Groupement) {
  const lead = groupement.members?.[0];
  render(
    <QueryClientProvider client={createQueryClient()}>
      <WorkspaceContext.Provider
        value={{ groupement, mine: lead ? [lead] : [], isLead: true, forming: groupement.status === 'FORMING', onStale: () => {}, inviteDraft: null, setInviteDraft: () => {} }}
      >
        <SubmitJointBid />
      </WorkspaceContext.Provider>
    </QueryClientProvider>,
  );
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
