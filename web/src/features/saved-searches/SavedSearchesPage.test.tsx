import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { server, signedInAs } from '@/test/server';

const saved = {
  id: 's-1',
  name: 'Nettoyage Lyon',
  criteria: { q: 'nettoyage', department: ['69'] },
  emailAlerts: true,
  alertEmail: 'fournisseur1@example.org',
  createdAt: '2026-12-01T09:00:00Z',
};

describe('saved searches page', () => {
  it('shows the email choice at once, and keeps it once the API agrees', async () => {
    signedInAs('fournisseur1');
    let stored = saved;
    server.use(
      http.get('*/api/v1/search/saved-searches', () => HttpResponse.json([stored])),
      http.put('*/api/v1/search/saved-searches/s-1/email-alerts', async ({ request }) => {
        await delay(200);
        stored = { ...stored, ...((await request.json()) as { emailAlerts: boolean }) };
        return HttpResponse.json(stored);
      }),
    );
    renderApp('/recherches');
    const alerts = await screen.findByRole('checkbox', { name: 'Alertes par courriel pour « Nettoyage Lyon »' }, { timeout: 5000 });
    expect(alerts).toBeChecked();
    expect(screen.getByText('Mots : nettoyage · Lieux : 69')).toBeInTheDocument();

    await userEvent.click(alerts);
    expect(alerts).not.toBeChecked();
    await waitFor(() => expect(alerts).toBeEnabled());
    expect(alerts).not.toBeChecked();
    expect(stored.emailAlerts).toBe(false);
  });

  it('puts the choice back and says why when the API refuses it', async () => {
    signedInAs('fournisseur1');
    server.use(
      http.get('*/api/v1/search/saved-searches', () => HttpResponse.json([{ ...saved, emailAlerts: false }])),
      http.put('*/api/v1/search/saved-searches/s-1/email-alerts', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            errors: [{ field: 'emailAlerts', message: 'Votre compte n\'a pas d\'adresse de courriel vérifiée.' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/recherches');
    const alerts = await screen.findByRole('checkbox', { name: 'Alertes par courriel pour « Nettoyage Lyon »' }, { timeout: 5000 });
    await userEvent.click(alerts);
    await waitFor(() => expect(alerts).toHaveAccessibleDescription(/pas d'adresse de courriel vérifiée/));
    expect(alerts).not.toBeChecked();
  });
});
