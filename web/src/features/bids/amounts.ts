/**
 * Per-lot amounts of a bid as the supplier types them (French style "12 500,50" or "12500.50"),
 * checked as tender-service checks them (BidRequest.Offer: more than 0, at most 12 digits before
 * the decimal point and 2 after; BidRules: at least one lot, at most the tender's lots per bidder).
 */
export const MAX_INTEGER_DIGITS = 12;

export type AmountProblem = 'format' | 'tooManyDecimals' | 'tooLarge' | 'notPositive';

/** The amount in euros as a decimal string ("12500.50"), or the problem with what was typed. */
export function parseAmount(raw: string): { value: string } | { problem: AmountProblem } {
  const compact = raw.replace(/[\s\p{Z}]+/gu, '').replace(/€$/u, '').replace(',', '.');
  const match = /^([0-9]+)(?:\.([0-9]*))?$/.exec(compact);
  if (!match) return { problem: 'format' };
  const integer = (match[1] ?? '').replace(/^0+(?=[0-9])/, '');
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { problem: 'tooManyDecimals' };
  if (integer.length > MAX_INTEGER_DIGITS) return { problem: 'tooLarge' };
  if (/^0*$/.test(integer + fraction)) return { problem: 'notPositive' };
  return { value: fraction ? `${integer}.${fraction.padEnd(2, '0')}` : integer };
}

export interface LotAmounts {
  /** Lot number → what the supplier typed; an empty or absent entry means "no offer on this lot". */
  [lotNumber: number]: string | undefined;
}

export interface OfferCheck {
  offers: { lotNumber: number; amount: number }[];
  /** Lot number → the problem with its amount. */
  lotProblems: Record<number, AmountProblem>;
  /** A problem with the bid as a whole. */
  bidProblem: 'noLot' | 'tooManyLots' | null;
}

/** Checks every lot's amount and the bid as a whole. */
export function checkOffers(amounts: LotAmounts, lotNumbers: number[], maxLotsPerBidder?: number | null): OfferCheck {
  const offers: OfferCheck['offers'] = [];
  const lotProblems: Record<number, AmountProblem> = {};
  for (const lotNumber of lotNumbers) {
    const raw = amounts[lotNumber]?.trim();
    if (!raw) continue;
    const parsed = parseAmount(raw);
    if ('problem' in parsed) lotProblems[lotNumber] = parsed.problem;
    else offers.push({ lotNumber, amount: Number(parsed.value) });
  }
  const offered = offers.length + Object.keys(lotProblems).length;
  let bidProblem: OfferCheck['bidProblem'] = null;
  if (offered === 0) bidProblem = 'noLot';
  else if (maxLotsPerBidder != null && offered > maxLotsPerBidder) bidProblem = 'tooManyLots';
  return { offers, lotProblems, bidProblem };
}
