import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';

const facet = (value: string, label: string, count: number, selected = false) => ({ value, label, count, selected });

/** Answers the tender search as the API does for the query it gets, and keeps every query asked. */
function tenderSearchApi() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/v1/search/tenders', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      const reservations = query.getAll('reservation');
      const page = Number(query.get('page') ?? 0);
      return HttpResponse.json({
        content: [
          {
            id: 't-1',
            title: 'Nettoyage des écoles',
            description: 'Entretien des locaux',
            buyerName: 'Ville de Lyon',
            status: 'PUBLISHED',
            deadline: '2099-01-15T12:00:00Z',
            reservations: ['INSERTION'],
            highlights: { title: ['<em>Nettoyage</em> des écoles &amp; crèches'] },
          },
        ],
        page,
        size: 20,
        totalElements: 42,
        totalPages: 3,
        facets: {
          reservation: [facet('INSERTION', 'Réservé aux SIAE', 12, reservations.includes('INSERTION')), facet('DISABILITY', 'Réservé au secteur du handicap', 3)],
          status: [facet('PUBLISHED', '', 42, true), facet('CLOSED', '', 7)],
          department: [facet('69', 'Rhône', 20)],
          region: [facet('84', 'Auvergne-Rhône-Alpes', 30)],
          cpvDivision: [facet('90', 'Services de nettoyage', 25)],
          deadline: [facet('lt7d', 'Moins de 7 jours', 4)],
        },
      });
    }),
  );
  return asked;
}

describe('tender search page', { timeout: 30_000 }, () => {
  it('reads its criteria from the URL and asks the API for them', async () => {
    const asked = tenderSearchApi();
    renderApp('/appels-offres?q=nettoyage&reservation=INSERTION&department=69&page=2&sort=deadline');

    await screen.findByText('42 appels d\'offres trouvés', {}, { timeout: 15_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Filtres de la recherche' }));
    const query = asked.at(-1);
    expect(query?.get('q')).toBe('nettoyage');
    expect(query?.getAll('reservation')).toEqual(['INSERTION']);
    expect(query?.getAll('department')).toEqual(['69']);
    expect(query?.get('page')).toBe('1');
    expect(query?.get('sort')).toBe('deadline');
    expect(screen.getByRole('searchbox', { name: /Mots recherchés/ })).toHaveValue('nettoyage');
    expect(screen.getByRole('checkbox', { name: /article L2113-13/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Trier par' })).toHaveValue('deadline');
  });

  it('puts the filters and words into the URL, back on the first page, and the back button restores them', async () => {
    const asked = tenderSearchApi();
    const user = userEvent.setup();
    const { router } = renderApp('/appels-offres?q=nettoyage&page=2');
    await screen.findByText('42 appels d\'offres trouvés', {}, { timeout: 15_000 });

    await user.click(screen.getByRole('button', { name: 'Filtres de la recherche' }));
    await user.click(screen.getByRole('checkbox', { name: /^Rhône/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=nettoyage&department=69'));
    await waitFor(() => expect(asked.at(-1)?.getAll('department')).toEqual(['69']));

    const words = screen.getByRole('searchbox', { name: /Mots recherchés/ });
    await user.clear(words);
    await user.type(words, 'espaces verts');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('espaces verts'));
    expect(new URLSearchParams(router.state.location.search).getAll('department')).toEqual(['69']);

    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /Mots recherchés/ })).toHaveValue('nettoyage'));
    expect(router.state.location.search).toBe('?q=nettoyage&department=69');
  });

  it('unticking the default status keeps the others it had', async () => {
    tenderSearchApi();
    const user = userEvent.setup();
    const { router } = renderApp('/appels-offres');
    await screen.findByText('42 appels d\'offres trouvés', {}, { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Filtres de la recherche' }));
    await user.click(screen.getByRole('checkbox', { name: /Clos/ }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('status')).toEqual(['PUBLISHED', 'CLOSED']));
  });

  it('announces the number of results and shows the matches highlighted as text, never as HTML', async () => {
    tenderSearchApi();
    renderApp('/appels-offres?q=nettoyage');
    const count = await screen.findByText('42 appels d\'offres trouvés', {}, { timeout: 15_000 });
    expect(count).toHaveAttribute('aria-live', 'polite');
    const link = screen.getByRole('link', { name: 'Nettoyage des écoles & crèches' });
    expect(link).toHaveAttribute('href', '/appels-offres/t-1');
    expect(within(link).getByText('Nettoyage').tagName).toBe('MARK');
  });

  it('shows a refused search in French', async () => {
    server.use(
      http.get('/api/v1/search/tenders', () =>
        HttpResponse.json(
          { status: 400, title: 'Bad Request', errors: [{ field: 'deadlineBefore', message: 'must be after deadlineAfter' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/appels-offres?deadlineAfter=2026-12-10&deadlineBefore=2026-12-01');
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(/corriger/);
  });
});
