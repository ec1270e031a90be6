import { describe, expect, it } from 'vitest';
import { computeOrderTotals, lineTotal, minorToDecimal, parseMinor, parseQuantity } from './order-totals';

const totalsOf = (items: [string, string][], tax = '', discount = '') =>
  computeOrderTotals({
    items: items.map(([quantity, unit_price]) => ({ quantity, unit_price })),
    tax_amount: tax,
    discount_amount: discount,
  });

describe('order totals in minor units', () => {
  it('multiplies exactly: 3 × 19.99 = 59.97', () => {
    const line = lineTotal({ quantity: '3', unit_price: '19.99' });
    expect(line).toBe(5997n);
    expect(minorToDecimal(line ?? 0n)).toBe('59.97');
  });

  it('adds lines, tax and discount to the cent', () => {
    const totals = totalsOf(
      [
        ['3', '19.99'],
        ['7', '0.10'],
        ['1', '0.2'],
      ],
      '5.03',
      '1.01',
    );
    // As floats, 7 × 0.10 is 0.7000000000000001.
    expect(7 * 0.1).not.toBe(0.7);
    expect(totals.lines).toEqual([5997n, 70n, 20n]);
    expect(minorToDecimal(totals.subtotal)).toBe('60.87');
    expect(minorToDecimal(totals.total)).toBe('64.89');
    expect(totals.isIncomplete).toBe(false);
    expect(totals.isDiscountTooLarge).toBe(false);
  });

  it('stays exact far beyond what a float holds', () => {
    const totals = totalsOf([['1000000', '999999999999.99']]);
    expect(minorToDecimal(totals.subtotal)).toBe('999999999999990000.00');
  });

  it('leaves an unfinished line out of the sums and says so', () => {
    const totals = totalsOf([
      ['2', '10.00'],
      ['', '5'],
      ['1', '1.999'],
    ]);
    expect(totals.lines).toEqual([2000n, null, null]);
    expect(minorToDecimal(totals.subtotal)).toBe('20.00');
    expect(totals.isIncomplete).toBe(true);
  });

  it('flags a discount larger than subtotal plus tax', () => {
    expect(totalsOf([['1', '10']], '1', '11.01').isDiscountTooLarge).toBe(true);
    expect(totalsOf([['1', '10']], '1', '11').isDiscountTooLarge).toBe(false);
    expect(minorToDecimal(totalsOf([['1', '10']], '', '12').total)).toBe('-2.00');
  });

  it('reads quantities and amounts as the API does', () => {
    expect(parseQuantity('0')).toBeNull();
    expect(parseQuantity('1.5')).toBeNull();
    expect(parseQuantity('1000001')).toBeNull();
    expect(parseQuantity(' 12 ')).toBe(12);
    expect(parseMinor('-1')).toBeNull();
    expect(parseMinor('')).toBeNull();
    expect(parseMinor('', true)).toBe(0n);
    expect(parseMinor('1500.5')).toBe(150050n);
  });
});
