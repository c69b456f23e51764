const percent = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "33,33 %" — a share of the value as people read it in France. */
export function formatShare(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return `${percent.format(typeof value === 'string' ? Number(value) : value)} %`;
}
