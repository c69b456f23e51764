import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '@/app/queryClient';
import type { Groupement, Member } from './model';
import { WorkspaceContext } from './workspace';

/** A groupement being formed on two lots: the lead (Envie Rhône) and a SCOP in the state a test gives. */
export function formingGroupement(version: number, scop: Pick<Member, 'status' | 'habilitationGranted'>): Groupement {
  return {
    id: 'g1',
    tenderId: 't1',
    tenderTitle: 'Entretien des parcs',
    status: 'FORMING',
    version,
    lots: [
      { number: 1, title: 'Espaces verts' },
      { number: 2, title: 'Nettoyage' },
    ],
    uncoveredLots: [],
    members: [
      { supplierId: 'ei', legalName: 'Envie Rhône', role: 'LEAD', lots: [1], share: 60, status: 'ACCEPTED', habilitationGranted: true },
      { supplierId: 'scop', legalName: 'SCOP Elits', role: 'MEMBER', lots: [2], share: 40, ...scop },
    ],
  };
}

/** Renders a part of the workspace as the lead's user (or as a partner's) sees it. */
export function renderInWorkspace(part: ReactNode, groupement: Groupement, isLead: boolean) {
  const lead = groupement.members?.[0];
  render(
    <QueryClientProvider client={createQueryClient()}>
      <WorkspaceContext.Provider
        value={{ groupement, mine: isLead && lead ? [lead] : [], isLead, forming: groupement.status === 'FORMING', onStale: () => {}, inviteDraft: null, setInviteDraft: () => {} }}
      >
        {part}
      </WorkspaceContext.Provider>
    </QueryClientProvider>,
  );
}
