import { searchApi, unwrap } from '@/api/client';
import type { AutocompleteOption } from '@/components/Autocomplete';

export type SuggestionType = 'commune' | 'cpv' | 'supplier';

/** Suggestions of one type from `GET /api/v1/search/autocomplete`, as options for an Autocomplete. */
export async function suggest(type: SuggestionType, text: string, signal: AbortSignal, size = 8): Promise<AutocompleteOption[]> {
  const suggestions = await unwrap(
    searchApi.GET('/api/v1/search/autocomplete', { params: { query: { q: text, type: [type], size } }, signal }),
  );
  return suggestions.flatMap(({ value, label }) => (value && label ? [{ value, label }] : []));
}
