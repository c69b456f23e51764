import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';

function catalogueApi() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/v1/search/suppliers', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json({
        content: [{ id: 's-1', siret: '1', legalName: 'Régie de quartier', kinds: ['EI'], departmentName: 'Rhône', regionName: 'Auvergne-Rhône-Alpes', distanceKm: 2.4 }],
        page: 0,
        size: 20,
        totalElements: 1,
        totalPages: 1,
        facets: { kind: [{ value: 'EI', label: "Entreprise d'insertion", count: 1, selected: false }], region: [], department: [], cpvDivision: [], legalForm: [], label: [] },
      });
    }),
    http.get('/api/v1/search/autocomplete', () => HttpResponse.json([{ type: 'commune', label: 'Villeurbanne (69)', value: '69266' }])),
  );
  return asked;
}

describe('catalogue search page', { timeout: 30_000 }, () => {
  it('searches near a commune chosen in the autocomplete, within a radius, all in the URL', async () => {
    const asked = catalogueApi();
    const user = userEvent.setup();
    const { router } = renderApp('/fournisseurs?q=nettoyage');
    await screen.findByText('1 fournisseur trouvé', {}, { timeout: 15_000 });

    await user.type(screen.getByRole('combobox', { name: /Près de/ }), 'villeur');
    await user.click(await screen.findByRole('option', { name: 'Villeurbanne (69)' }, { timeout: 15_000 }));
    await waitFor(() => expect(asked.at(-1)?.get('near')).toBe('69266'));
    expect(asked.at(-1)?.get('radiusKm')).toBe('20');
    expect(asked.at(-1)?.get('q')).toBe('nettoyage');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Dans un rayon de' }), '10');
    await waitFor(() => expect(asked.at(-1)?.get('radiusKm')).toBe('10'));
    const url = new URLSearchParams(router.state.location.search);
    expect(url.get('near')).toBe('69266');
    expect(url.get('nearName')).toBe('Villeurbanne (69)');
    expect(screen.getByRole('link', { name: 'Régie de quartier' })).toHaveAttribute('href', '/fournisseurs/s-1');
  });

  it('restores the commune field from a shared URL', async () => {
    const asked = catalogueApi();
    renderApp('/fournisseurs?near=69266&nearName=Villeurbanne+%2869%29&radiusKm=5&kind=EI');
    await screen.findByText('1 fournisseur trouvé', {}, { timeout: 15_000 });
    expect(screen.getByRole('combobox', { name: /Près de/ })).toHaveValue('Villeurbanne (69)');
    expect(asked.at(-1)?.get('radiusKm')).toBe('5');
    expect(asked.at(-1)?.getAll('kind')).toEqual(['EI']);
    expect(asked.at(-1)?.has('nearName')).toBe(false);
  });
});
