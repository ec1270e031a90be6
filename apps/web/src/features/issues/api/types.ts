import type { IssueComment } from '@crm/contracts';

/** A comment as staff (with `is_internal`) or a Client (without it: they never learn notes exist) get it. */
export type ThreadComment = Omit<IssueComment, 'is_internal'> & { is_internal?: boolean };
