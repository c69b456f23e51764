import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { server, signedInAs } from '@/test/server';

function structure(pendingChanges: string[]) {
  return {
    id: 's-1',
    siret: '38367939600028',
    status: 'VERIFIED',
    version: 4,
    pendingChanges,
    memberIds: ['id-fournisseur1'],
    profile: { legalName: 'ENVIE RHONE LYON', kinds: ['EA'], location: { communeCode: '69123', communeName: 'Lyon' }, activities: [] },
  };
}

function answering(pendingChanges: string[]) {
  signedInAs('fournisseur1');
  server.use(
    http.get('*/api/v1/suppliers/s-1', () => HttpResponse.json(structure(pendingChanges), { headers: { ETag: '"4"' } })),
    http.get('*/api/v1/suppliers/s-1/audit', () => HttpResponse.json([])),
  );
}

describe('my structure', () => {
  it('says which verified facts wait for a facilitator and that the verified ones count meanwhile', async () => {
    answering(['legalName', 'kinds']);
    renderApp('/mes-structures/s-1');
    const note = await screen.findByRole('note', { name: 'Modifications en attente de vérification' }, { timeout: 5000 });
    expect(note).toHaveTextContent('Vous avez modifié : Raison sociale, Type de structure.');
    expect(note).toHaveTextContent('accès aux lots réservés');
  });

  it('says nothing of pending changes when the profile is as verified', async () => {
    answering([]);
    renderApp('/mes-structures/s-1');
    expect(await screen.findByRole('heading', { level: 1, name: /ENVIE RHONE LYON/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
