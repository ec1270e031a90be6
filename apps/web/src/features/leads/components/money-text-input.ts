import { parseMoney } from '@crm/contracts';
import { z } from 'zod';

/**
 * A money amount typed as text; blank means none. The text itself is sent, not the contract's minor
 * units: the API parses the decimal string again on its side.
 */
export const moneyTextInput = z
  .string()
  .trim()
  .refine((text) => text === '' || (parseMoney(text) ?? -1) >= 0, 'Enter an amount such as 25000 or 25000.50.')
  .transform((text) => (text === '' ? null : text));
