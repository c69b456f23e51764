import { describe, expect, it } from 'vitest';
import { checkOffers, parseAmount } from './amounts';

describe('bid amounts (as tender-service checks them)', () => {
  it('reads French and dotted decimals, spaces as thousands separators', () => {
    expect(parseAmount('12 500,50')).toEqual({ value: '12500.50' });
    expect(parseAmount('12\u202f500,5 €')).toEqual({ value: '12500.50' });
    expect(parseAmount('12500.5')).toEqual({ value: '12500.50' });
    expect(parseAmount('0,01')).toEqual({ value: '0.01' });
    expect(parseAmount('007')).toEqual({ value: '7' });
  });

  it('refuses zero, more than two decimals, more than 12 digits and what is not a number', () => {
    expect(parseAmount('0')).toEqual({ problem: 'notPositive' });
    expect(parseAmount('0,00')).toEqual({ problem: 'notPositive' });
    expect(parseAmount('10,555')).toEqual({ problem: 'tooManyDecimals' });
    expect(parseAmount('1234567890123')).toEqual({ problem: 'tooLarge' });
    expect(parseAmount('123456789012')).toEqual({ value: '123456789012' });
    expect(parseAmount('-5')).toEqual({ problem: 'format' });
    expect(parseAmount('douze')).toEqual({ problem: 'format' });
    expect(parseAmount('1,2,3')).toEqual({ problem: 'format' });
  });

  it('offers only the lots with an amount, and names the lot of a bad one', () => {
    const check = checkOffers({ 1: '1000', 2: '', 3: '12,345' }, [1, 2, 3]);
    expect(check.offers).toEqual([{ lotNumber: 1, amount: 1000 }]);
    expect(check.lotProblems).toEqual({ 3: 'tooManyDecimals' });
    expect(check.bidProblem).toBeNull();
  });

  it('needs at least one lot, and no more lots than the tender allows per bidder', () => {
    expect(checkOffers({}, [1, 2]).bidProblem).toBe('noLot');
    expect(checkOffers({ 1: '10', 2: '20' }, [1, 2], 1).bidProblem).toBe('tooManyLots');
    expect(checkOffers({ 1: '10' }, [1, 2], 1).bidProblem).toBeNull();
  });
});
