import { describe, expect, it } from 'vitest';
import { parseShareHundredths, shareForApi, sumShares } from './shares';

describe('sumShares', () => {
  it('adds the shares typed so far and says what is missing', () => {
    expect(sumShares(['50', '30'])).toEqual({ total: 80, missing: 20, state: 'under', invalid: 0 });
  });

  it('reaches exactly 100 % with shares to the hundredth', () => {
    const shares = sumShares(['33,33', '33.33', 33.34]);
    expect(shares.total).toBe(100);
    expect(shares.state).toBe('reached');
  });

  it('says by how much the total goes over 100 %', () => {
    const shares = sumShares(['60', '50,5']);
    expect(shares.state).toBe('over');
    expect(shares.total).toBe(110.5);
    expect(shares.missing).toBe(-10.5);
  });

  it('ignores blank shares and counts the ones that are not percentages apart', () => {
    expect(sumShares(['', null, undefined])).toEqual({ total: 0, missing: 100, state: 'empty', invalid: 0 });
    const shares = sumShares(['40', 'quarante', '0', '101', '12.345']);
    expect(shares.total).toBe(40);
    expect(shares.invalid).toBe(4);
  });
});

describe('parseShareHundredths', () => {
  it('reads a French decimal comma', () => {
    expect(parseShareHundredths('12,5')).toBe(1250);
    expect(shareForApi('12,5')).toBe(12.5);
    expect(shareForApi('')).toBeUndefined();
  });
});
