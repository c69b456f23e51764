import { pageIndex } from '@/features/search/criteria';

/**
 * The catalogue search's criteria in the page's URL, under the API's parameter names. `nearName`
 * and `servingName` only keep the commune's name for the field (the API gets its INSEE code).
 */
export const CATALOGUE_LIST_PARAMS = ['kind', 'region', 'department', 'cpvPrefix', 'legalForm', 'label'] as const;

export const PAGE_SIZE = 20;
export const RADII_KM = [5, 10, 20, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 20;

export interface CatalogueSearchQuery {
  q?: string;
  kind?: string[];
  region?: string[];
  department?: string[];
  cpvPrefix?: string[];
  legalForm?: string[];
  label?: string[];
  near?: string;
  radiusKm?: number;
  serving?: string;
  sort?: string;
  page: number;
  size: number;
}

export function catalogueQueryFrom(params: URLSearchParams): CatalogueSearchQuery {
  const query: CatalogueSearchQuery = { page: pageIndex(params), size: PAGE_SIZE };
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  for (const name of CATALOGUE_LIST_PARAMS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) query[name] = values;
  }
  const near = params.get('near');
  if (near) {
    query.near = near;
    const radius = Number(params.get('radiusKm'));
    query.radiusKm = Number.isInteger(radius) && radius >= 1 ? radius : DEFAULT_RADIUS_KM;
  }
  const serving = params.get('serving');
  if (serving) query.serving = serving;
  const sort = params.get('sort');
  if (sort) query.sort = sort;
  return query;
}
