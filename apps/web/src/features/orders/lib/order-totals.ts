import { parseMoney } from '@crm/contracts';

/**
 * The order form's totals as the user types, as the API computes them (PRODUCT §5): line total =
 * quantity × unit price, subtotal = Σ lines, total = subtotal + tax − discount. Everything is in
 * integer minor units (BigInt, so a million units of the largest price stays exact); floats never
 * touch money.
 */

export const MAX_QUANTITY = 1_000_000;

export interface LineValues {
  quantity: string;
  unit_price: string;
}

/** "3" → 3; anything but a whole number from 1 to 1,000,000 → null. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  const quantity = Number(trimmed);
  return quantity >= 1 && quantity <= MAX_QUANTITY ? quantity : null;
}

/** "19.99" → 1999n; blank → 0n when `blankIsZero`; anything the API would refuse (or negative) → null. */
export function parseMinor(text: string, blankIsZero = false): bigint | null {
  const trimmed = text.trim();
  if (trimmed === '') return blankIsZero ? 0n : null;
  const minor = parseMoney(trimmed);
  return minor === null || minor < 0 ? null : BigInt(minor);
}

/** 5997n → "59.97": the decimal string the API speaks and `formatMoney` shows. */
export function minorToDecimal(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${(abs / 100n).toString()}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export function lineTotal(line: LineValues): bigint | null {
  const quantity = parseQuantity(line.quantity);
  const unitPrice = parseMinor(line.unit_price);
  if (quantity === null || unitPrice === null) return null;
  return BigInt(quantity) * unitPrice;
}

export interface OrderTotals {
  /** Each line's total, null while the line's quantity or price is not a valid number. */
  lines: (bigint | null)[];
  subtotal: bigint;
  tax: bigint;
  discount: bigint;
  total: bigint;
  /** Some line cannot be counted yet: the subtotal covers the others. */
  isIncomplete: boolean;
  /** The API refuses a discount larger than subtotal + tax. */
  isDiscountTooLarge: boolean;
}

export function computeOrderTotals(input: {
  items: readonly LineValues[];
  tax_amount: string;
  discount_amount: string;
}): OrderTotals {
  const lines = input.items.map(lineTotal);
  const subtotal = lines.reduce<bigint>((sum, line) => sum + (line ?? 0n), 0n);
  const tax = parseMinor(input.tax_amount, true) ?? 0n;
  const discount = parseMinor(input.discount_amount, true) ?? 0n;
  return {
    lines,
    subtotal,
    tax,
    discount,
    total: subtotal + tax - discount,
    isIncomplete: lines.some((line) => line === null),
    isDiscountTooLarge: discount > subtotal + tax,
  };
}
