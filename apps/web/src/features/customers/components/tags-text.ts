import { tagsInput } from '@crm/contracts';
import { z } from 'zod';

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
