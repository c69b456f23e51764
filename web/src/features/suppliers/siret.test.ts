import { describe, expect, it } from 'vitest';
import { normaliseSiret, siretProblem } from './siret';

describe('SIRET check (same rule as supplier-service)', () => {
  it('accepts a valid SIRET, spaces and non-breaking spaces included', () => {
    expect(siretProblem('73282932000074')).toBeNull();
    expect(siretProblem('732 829 320 00074')).toBeNull();
    expect(siretProblem('732\u00a0829\u202f320 00074')).toBeNull();
    expect(normaliseSiret(' 732 829 320 00074 ')).toBe('73282932000074');
  });

  it('refuses a wrong check digit, a wrong SIREN key, and anything but 14 digits', () => {
    expect(siretProblem('73282932000075')).toBe('key');
    expect(siretProblem('73282932100074')).toBe('sirenKey');
    expect(siretProblem('7328293200007')).toBe('format');
    expect(siretProblem('7328293200007A')).toBe('format');
    expect(siretProblem('   ')).toBe('required');
  });

  it('checks La Poste establishments by their digit sum, and its head office by Luhn', () => {
    expect(siretProblem('35600000000010')).toBeNull(); // digit sum 15, no Luhn key
    expect(siretProblem('35600000000014')).toBe('laPosteKey'); // a Luhn key, but digit sum 19
    expect(siretProblem('35600000000048')).toBeNull(); // the head office: Luhn, digit sum 26
  });
});
