import { parseMoney, tagsInput } from '@crm/contracts';
import { z } from 'zod';

/**
 * Text inputs for values the contracts hold in another shape; each checks with the contract's own
 * rules so the form and the API refuse the same things.
 */

function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** Tags typed as one line, "vip, wholesale" → ["vip", "wholesale"], then checked by the contract's rules. */
export const tagsFromText = z.string().transform((text, ctx) => {
  const parsed = tagsInput.safeParse(splitTags(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const tagNumber = typeof issue?.path[0] === 'number' ? ` (tag ${String(issue.path[0] + 1)})` : '';
    ctx.addIssue({ code: 'custom', message: `${issue?.message ?? 'Check the tags.'}${tagNumber}` });
    return z.NEVER;
  }
  return parsed.data ?? [];
});

/**
 * A money amount typed as text; blank means none. The text itself is sent, not the contract's minor
 * units: the API parses the decimal string again on its side.
 */
export const moneyTextInput = z
  .string()
  .trim()
  .refine((text) => text === '' || (parseMoney(text) ?? -1) >= 0, 'Enter an amount such as 25000 or 25000.50.')
  .transform((text) => (text === '' ? null : text));
