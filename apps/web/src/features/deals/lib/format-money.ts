import { parseMoney } from '@crm/contracts';

/**
 * "1500.00" in the organization's currency for display ("$1,500.00"). The API's decimal string is
 * converted through minor units, never parsed as a float, so large amounts keep their cents.
 */
export function formatMoneyAmount(
  amount: string,
  currency: string | undefined,
  options: { compact?: boolean } = {},
): string {
  const minor = parseMoney(amount);
  if (minor === null) return amount;
  const major = minor / 100;
  try {
    return new Intl.NumberFormat(undefined, {
      ...(currency ? { style: 'currency', currency } : { minimumFractionDigits: 2 }),
      ...(options.compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
    }).format(major);
  } catch {
    // An unknown currency code must not break the page.
    return `${amount} ${currency ?? ''}`.trim();
  }
}
