import { z } from 'zod';

/** 999,999,999,999.99 in minor units: well inside 2^53, so plain numbers hold it exactly. */
export const MAX_MONEY_MINOR = 99_999_999_999_999;

const MONEY_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;

/** "1500.5" or 1500.5 → 150050 minor units; null when the text is not a valid amount. */
export function parseMoney(value: string | number): number | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  if (!MONEY_PATTERN.test(text)) return null;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (minor > MAX_MONEY_MINOR) return null;
  return negative ? -minor : minor;
}

/** 150050 → "1500.50": money leaves the API as a decimal string with two places. */
export function formatMoney(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const MONEY_MESSAGE = 'Enter an amount with at most two decimals, up to 999999999999.99.';

/** A money amount as a string or a number; parses to integer minor units. */
export const moneyInput = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const minor = parseMoney(value);
  if (minor === null || minor < 0) {
    ctx.addIssue({
      code: 'custom',
      message: minor !== null && minor < 0 ? 'Ensure this value is not negative.' : MONEY_MESSAGE,
    });
    return z.NEVER;
  }
  return minor;
});

export const moneyOutput = z.string().describe('Decimal string with two places, e.g. "1500.00"');
