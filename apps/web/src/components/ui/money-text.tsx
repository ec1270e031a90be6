import { chakra, type HTMLChakraProps } from '@chakra-ui/react';

/**
 * "1500.00" in USD → "$1,500.00" in the user's locale. The API's decimal string is converted to a
 * number only for display: doubles hold every amount the API allows to the cent.
 */
export function formatMoneyAmount(amount: string | number, currency: string): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return `${String(amount)} ${currency}`;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

export interface MoneyTextProps extends Omit<HTMLChakraProps<'span'>, 'children'> {
  amount: string | number | null | undefined;
  /** The organization's ISO 4217 code; without it the bare amount shows. */
  currency: string | undefined;
  /** Shown when there is no amount. */
  emptyText?: string;
}

/** A money amount with its currency, in tabular figures so columns line up. */
export function MoneyText({ amount, currency, emptyText = '—', ...rest }: MoneyTextProps) {
  const text =
    amount === null || amount === undefined || amount === ''
      ? emptyText
      : currency
        ? formatMoneyAmount(amount, currency)
        : String(amount);
  return (
    <chakra.span fontVariantNumeric="tabular-nums" whiteSpace="nowrap" {...rest}>
      {text}
    </chakra.span>
  );
}
