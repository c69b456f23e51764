import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { searchApi, unwrap } from '@/api/client';

const savedSearchesKey = ['saved-searches'] as const;

/** The tender search's criteria a saved search keeps (search-service SearchCriteria). */
export interface SavedCriteria {
  q?: string;
  cpvPrefix?: string[];
  department?: string[];
  region?: string[];
  reservation?: string[];
}

/** The most saved searches a user keeps (search-service SavedSearch.MAX_PER_USER). */
export const MAX_SAVED_SEARCHES = 20;

/** The criteria of the tender search page's URL (`/appels-offres?q=…&department=…`), those a saved search keeps. */
export function criteriaFromSearchParams(params: URLSearchParams): SavedCriteria {
  const criteria: SavedCriteria = {};
  const q = params.get('q')?.trim();
  if (q) criteria.q = q;
  for (const name of ['cpvPrefix', 'department', 'region', 'reservation'] as const) {
    const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (values.length > 0) criteria[name] = values;
  }
  return criteria;
}

/** The tender search URL that runs a saved search again. */
export function searchUrlOf(criteria: SavedCriteria): string {
  const params = new URLSearchParams();
  if (criteria.q) params.set('q', criteria.q);
  for (const name of ['cpvPrefix', 'department', 'region', 'reservation'] as const) {
    for (const value of criteria[name] ?? []) params.append(name, value);
  }
  const query = params.toString();
  return `/appels-offres${query ? `?${query}` : ''}`;
}

export function useSavedSearches(enabled = true) {
  return useQuery({
    queryKey: savedSearchesKey,
    queryFn: () => unwrap(searchApi.GET('/api/v1/search/saved-searches')),
    enabled,
  });
}

export function useSaveSearch() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: SavedCriteria & { name: string; emailAlerts: boolean }) =>
      unwrap(searchApi.POST('/api/v1/search/saved-searches', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}

export function useSetEmailAlerts() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ id, emailAlerts }: { id: string; emailAlerts: boolean }) =>
      unwrap(
        searchApi.PUT('/api/v1/search/saved-searches/{id}/email-alerts', { params: { path: { id } }, body: { emailAlerts } }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}

export function useDeleteSavedSearch() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(searchApi.DELETE('/api/v1/search/saved-searches/{id}', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}
