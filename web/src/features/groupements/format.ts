const percent = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "33,33 %" — a share of the value as people read it in France. */
export function formatShare(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return `${percent.format(typeof value === 'string' ? Number(value) : value)} %`;
}

/** "1, 2, 3": lot numbers in order (the API sends sets, in no particular order). */
export function formatLots(lots: readonly number[] | undefined): string {
  return [...(lots ?? [])].sort((a, b) => a - b).join(', ');
}
