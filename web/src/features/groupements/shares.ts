/**
 * The members' shares of the value, in % with at most 2 decimals, as the lead types them. Summed
 * in hundredths so 33.33 + 33.33 + 33.34 is exactly 100, as the API (BigDecimal) counts them.
 */
export type SharesState = 'empty' | 'under' | 'reached' | 'over';

export interface SharesTotal {
  /** The total in %, e.g. 80.5. */
  total: number;
  /** What is left to reach 100 % (negative when over). */
  missing: number;
  state: SharesState;
  /** Entries that are not a valid share (not a number, ≤ 0, > 100, more than 2 decimals). */
  invalid: number;
}

const SHARE = /^\d{1,3}([.,]\d{1,2})?$/;

/** "33,5" or "33.5" → 3350 hundredths; undefined when blank; NaN when not a valid share. */
export function parseShareHundredths(text: string | number | null | undefined): number | undefined {
  if (text === null || text === undefined) return undefined;
  const value = String(text).trim();
  if (value === '') return undefined;
  if (!SHARE.test(value)) return Number.NaN;
  const hundredths = Math.round(Number(value.replace(',', '.')) * 100);
  return hundredths > 0 && hundredths <= 10_000 ? hundredths : Number.NaN;
}

/** The total of the shares typed so far and where it stands against 100 %. */
export function sumShares(shares: readonly (string | number | null | undefined)[]): SharesTotal {
  let hundredths = 0;
  let invalid = 0;
  let given = 0;
  for (const share of shares) {
    const parsed = parseShareHundredths(share);
    if (parsed === undefined) continue;
    if (Number.isNaN(parsed)) {
      invalid++;
      continue;
    }
    given++;
    hundredths += parsed;
  }
  const state: SharesState = given === 0 ? 'empty' : hundredths === 10_000 ? 'reached' : hundredths > 10_000 ? 'over' : 'under';
  return { total: hundredths / 100, missing: (10_000 - hundredths) / 100, state, invalid };
}

/** The share as the API wants it (a number with at most 2 decimals), or undefined when blank/invalid. */
export function shareForApi(text: string): number | undefined {
  const parsed = parseShareHundredths(text);
  return parsed === undefined || Number.isNaN(parsed) ? undefined : parsed / 100;
}
