import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/queryClient';
import { server } from '@/test/server';
import { MemberActions } from './MemberActions';
import type { Groupement } from './model';
import { WorkspaceContext } from './workspace';

const forming: Groupement = {
  id: 'g1',
  tenderId: 't1',
  tenderTitle: 'Entretien des parcs',
  status: 'FORMING',
  version: 3,
  lots: [
    { number: 1, title: 'Espaces verts' },
    { number: 2, title: 'Nettoyage' },
  ],
  uncoveredLots: [],
  members: [
    { supplierId: 'ei', legalName: 'Envie Rhône', role: 'LEAD', lots: [1], share: 60, status: 'ACCEPTED', habilitationGranted: true },
    { supplierId: 'scop', legalName: 'SCOP Elits', role: 'MEMBER', lots: [2], share: 40, status: 'INVITED' },
  ],
};

function renderMembers(groupement: Groupement, isLead: boolean) {
  const lead = groupement.members?.[0];
  render(
    <QueryClientProvider client={createQueryClient()}>
      <WorkspaceContext.Provider
        value={{ groupement, mine: isLead && lead ? [lead] : [], isLead, forming: groupement.status === 'FORMING', onStale: () => {}, inviteDraft: null, setInviteDraft: () => {} }}
      >
        <MemberActions />
      </WorkspaceContext.Provider>
    </QueryClientProvider>,
  );
}

describe('members of a groupement being formed', () => {
  it('let the lead withdraw an unanswered invitation, with the version read in If-Match', async () => {
    const sent: (string | null)[] = [];
    server.use(
      http.post('*/api/v1/consortia/g1/members/scop/withdraw-invitation', ({ request }) => {
        sent.push(request.headers.get('If-Match'));
        return HttpResponse.json({ ...forming, version: 4, members: forming.members?.slice(0, 1) });
      }),
    );
    renderMembers(forming, true);
    expect(screen.queryByRole('button', { name: "Retirer l'invitation de Envie Rhône" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: "Retirer l'invitation de SCOP Elits" }));
    await waitFor(() => expect(sent).toEqual(['"3"']));
  });

  it('offer no withdrawal to a member that is not the lead', () => {
    renderMembers(forming, false);
    expect(screen.queryByRole('button', { name: /Retirer l'invitation/ })).not.toBeInTheDocument();
  });
});
