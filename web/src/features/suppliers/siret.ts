/**
 * The SIRET check supplier-service applies (Siret.java), so the form refuses a mistyped number
 * before sending it: 14 digits, Luhn on the SIREN and on the whole SIRET; La Poste's
 * establishments (SIREN 356000000) instead need a digit sum that is a multiple of 5, except its
 * head office, which keeps a Luhn key.
 */
export const LA_POSTE_SIREN = '356000000';
export const LA_POSTE_HEAD_OFFICE = '35600000000048';

export type SiretProblem = 'required' | 'format' | 'sirenKey' | 'laPosteKey' | 'key';

/** Removes every kind of space (users paste "732 829 320 00074", often with non-breaking spaces). */
export function normaliseSiret(raw: string): string {
  return raw.replace(/[\s\p{Z}]+/gu, '');
}

function luhn(digits: string): boolean {
  let sum = 0;
  let doubled = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (doubled) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    doubled = !doubled;
  }
  return sum % 10 === 0;
}

/** What is wrong with the SIRET typed, or null when supplier-service will accept it. */
export function siretProblem(raw: string): SiretProblem | null {
  const digits = normaliseSiret(raw);
  if (digits === '') return 'required';
  if (!/^[0-9]{14}$/.test(digits)) return 'format';
  if (!luhn(digits.slice(0, 9))) return 'sirenKey';
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== LA_POSTE_HEAD_OFFICE) {
    const sum = [...digits].reduce((total, c) => total + (c.charCodeAt(0) - 48), 0);
    return sum % 5 === 0 ? null : 'laPosteKey';
  }
  return luhn(digits) ? null : 'key';
}
