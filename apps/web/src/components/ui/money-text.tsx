import { chakra, type HTMLChakraProps } from '@chakra-ui/react';
import { formatMoney } from '@/lib/format';

export interface MoneyTextProps extends Omit<HTMLChakraProps<'span'>, 'children'> {
  /** The API's decimal string, e.g. "1500.00". */
  amount: string | null | undefined;
  /** The organization's ISO 4217 code; without it the amount shows without a currency. */
  currency: string | undefined;
  /** Shown when there is no amount. */
  emptyText?: string;
}

/** A money amount with its currency, in tabular figures so columns line up. */
export function MoneyText({ amount, currency, emptyText = '—', ...rest }: MoneyTextProps) {
  const text = amount === null || amount === undefined || amount === '' ? emptyText : formatMoney(amount, currency);
  return (
    <chakra.span fontVariantNumeric="tabular-nums" whiteSpace="nowrap" {...rest}>
      {text}
    </chakra.span>
  );
}
