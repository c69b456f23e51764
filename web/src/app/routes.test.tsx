import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { signedInAs } from '@/test/server';

describe('app shell', () => {
  it('answers an unknown address with a French 404 page inside the layout', async () => {
    renderApp('/nulle-part');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'contenu');
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#contenu');
  });

  it('invites an anonymous visitor to sign in on a signed-in page, coming back to it', async () => {
    renderApp('/mes-structures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion nécessaire' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/web/login?returnTo=%2Fmes-structures',
    );
  });

  it("shows a supplier's pages and a sign-out form posting the CSRF token", async () => {
    document.cookie = 'XSRF-TOKEN=token-1';
    signedInAs('fournisseur1');
    renderApp('/mes-structures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes structures' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Mon espace' })).toBeInTheDocument();
    const signOut = screen.getByRole('button', { name: 'Se déconnecter' }).closest('form');
    expect(signOut).toHaveAttribute('action', '/logout');
    expect(signOut).toHaveAttribute('method', 'post');
    expect(signOut).toHaveFormValues({ _csrf: 'token-1' });
  });

  it('opens the menu from its button', async () => {
    renderApp('/');
    const toggle = await screen.findByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
