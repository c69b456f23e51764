import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/app/queryClient';
import type { AutocompleteOption } from '@/components/Autocomplete';
import { CpvAutocomplete } from '@/features/reference/CpvAutocomplete';
import { server } from '@/test/server';

function CpvField({ onSelect }: { onSelect: (option: AutocompleteOption) => void }) {
  const [text, setText] = useState('');
  return (
    <CpvAutocomplete
      label="Activité (code CPV)"
      inputValue={text}
      onInputChange={setText}
      onSelect={(option) => {
        setText(option.label);
        onSelect(option);
      }}
    />
  );
}

function renderField() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/v1/search/autocomplete', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      return HttpResponse.json([
        { type: 'cpv', label: '90910000 — Services de nettoyage', value: '90910000' },
        { type: 'cpv', label: '90911000 — Services de nettoyage de logements', value: '90911000' },
      ]);
    }),
  );
  const onSelect = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <CpvField onSelect={onSelect} />
    </QueryClientProvider>,
  );
  return { onSelect, asked };
}

describe('Autocomplete', { timeout: 20_000 }, () => {
  it('suggests CPV codes as options of a combobox and chooses one with the keyboard', async () => {
    const { onSelect, asked } = renderField();
    const user = userEvent.setup();
    const field = screen.getByRole('combobox', { name: 'Activité (code CPV)' });
    expect(field).toHaveAttribute('aria-expanded', 'false');

    await user.type(field, 'nettoy');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['90910000 — Services de nettoyage', '90911000 — Services de nettoyage de logements']);
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox', { name: 'Activité (code CPV)' })).toBeVisible();
    expect(screen.getByText(/2 suggestions/)).toBeInTheDocument();
    // Debounced: one call for the word, not one per letter.
    expect(asked.map((query) => query.get('q'))).toEqual(['nettoy']);
    expect(asked[0]?.getAll('type')).toEqual(['cpv']);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getByRole('option', { name: '90911000 — Services de nettoyage de logements' });
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', second.id);

    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({ value: '90911000', label: '90911000 — Services de nettoyage de logements' });
    expect(field).toHaveValue('90911000 — Services de nettoyage de logements');
    expect(field).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the suggestions with Escape and wraps around with the arrows', async () => {
    renderField();
    const user = userEvent.setup();
    const field = screen.getByRole('combobox', { name: 'Activité (code CPV)' });
    await user.type(field, 'nettoy');
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('option', { name: /logements/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(field).toHaveAttribute('aria-expanded', 'true'));
  });

  it('chooses a suggestion with a tap', async () => {
    const { onSelect } = renderField();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Activité (code CPV)' }), 'nettoy');
    await user.click(await screen.findByRole('option', { name: '90910000 — Services de nettoyage' }));
    expect(onSelect).toHaveBeenCalledWith({ value: '90910000', label: '90910000 — Services de nettoyage' });
  });

  it('asks nothing before two letters', async () => {
    const { asked } = renderField();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Activité (code CPV)' }), 'n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(asked).toEqual([]);
  });
});
