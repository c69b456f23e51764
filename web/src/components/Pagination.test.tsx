import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Pagination, usePageParam } from './Pagination';

function SearchResults() {
  const page = usePageParam();
  return <Pagination page={page} pages={12} />;
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/appels-offres', Component: SearchResults }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
}

describe('Pagination', () => {
  it('keeps the search in the links to other pages', () => {
    renderAt('/appels-offres?q=nettoyage&region=84&page=3');
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Page suivante' })).toHaveAttribute(
      'href',
      '/appels-offres?q=nettoyage&region=84&page=4',
    );
    expect(screen.getByRole('link', { name: 'Page 12' })).toHaveAttribute(
      'href',
      '/appels-offres?q=nettoyage&region=84&page=12',
    );
  });

  it('links the first page without a page parameter', () => {
    renderAt('/appels-offres?q=nettoyage&page=2');
    expect(screen.getByRole('link', { name: 'Page précédente' })).toHaveAttribute('href', '/appels-offres?q=nettoyage');
  });

  it('marks the current page and offers no previous link on the first', () => {
    renderAt('/appels-offres?q=nettoyage');
    expect(screen.getByText('1')).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Page précédente' })).not.toBeInTheDocument();
  });
});
