import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/test/server';
import { MemberActions } from './MemberActions';
import type { Groupement } from './model';
import { formingGroupement, renderInWorkspace } from './testing';

const forming = formingGroupement(3, { status: 'INVITED' });

function renderMembers(groupement: Groupement, isLead: boolean) {
  renderInWorkspace(<MemberActions />, groupement, isLead);
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
