import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Header } from '@/app/Header';
import { createQueryClient } from '@/app/queryClient';
import { server, signedInAs } from '@/test/server';
import { appPathOf } from './api';

function renderHeader() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <Header />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('unread notifications badge in the header', () => {
  it('gives the link the accessible name « Notifications, 3 non lues »', async () => {
    signedInAs('fournisseur1');
    server.use(http.get('*/api/v1/notifications/unread-count', () => HttpResponse.json({ unread: 3 })));
    renderHeader();
    expect(await screen.findByRole('link', { name: 'Notifications, 3 non lues' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('names the link « Notifications » alone when everything is read', async () => {
    signedInAs('fournisseur1');
    let asked = false;
    server.use(http.get('*/api/v1/notifications/unread-count', () => ((asked = true), HttpResponse.json({ unread: 0 }))));
    renderHeader();
    await waitFor(() => expect(asked).toBe(true));
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByText(/non lue/)).not.toBeInTheDocument();
  });
});

describe('notification links', () => {
  it('lead to the app page of the tender, my bid or the groupement', () => {
    expect(appPathOf('/api/v1/tenders/t1')).toBe('/appels-offres/t1');
    expect(appPathOf('/api/v1/tenders/t1/bids/b1')).toBe('/appels-offres/t1/offre');
    expect(appPathOf('/api/v1/consortia/c1')).toBe('/groupements/c1');
    expect(appPathOf('/api/v1/unknown/x')).toBeUndefined();
    expect(appPathOf(undefined)).toBeUndefined();
  });
});
