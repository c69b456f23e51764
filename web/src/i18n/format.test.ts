import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatTimeLeft } from './format';

describe('formats', () => {
  it('writes euros the French way', () => {
    // Intl separates thousands with a narrow no-break space and the sign with a no-break space.
    expect(formatMoney('12500.5').replace(/\s/g, ' ')).toBe('12 500,50 €');
  });

  it('shows times in Paris whatever the browser zone', () => {
    expect(formatDateTime('2026-12-07T11:00:00Z')).toBe('7 décembre 2026 à 12:00');
  });

  it('says how long is left with plurals', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(formatTimeLeft('2026-12-10T13:00:00Z', now)).toBe('3 jours restants');
    expect(formatTimeLeft('2026-12-08T12:30:00Z', now)).toBe('1 jour restant');
    expect(formatTimeLeft('2026-12-07T17:00:00Z', now)).toBe('5 heures restantes');
    expect(formatTimeLeft('2026-12-07T12:01:30Z', now)).toBe('1 minute restante');
    expect(formatTimeLeft('2026-12-07T11:00:00Z', now)).toBe('Échéance dépassée');
  });
});
