import type { InvitationPreview } from '@crm/contracts';

/**
 * What the accept page offers: accept at once (signed in as the invited email), sign out first
 * (signed in as someone else), sign in (the email has an account), or create the account.
 */
export type AcceptInvitationMode = 'accept' | 'wrong-account' | 'sign-in' | 'create-account';

export function acceptInvitationMode(
  invitation: Pick<InvitationPreview, 'email' | 'has_account'>,
  signedInEmail: string | null,
): AcceptInvitationMode {
  if (signedInEmail !== null) {
    return signedInEmail.trim().toLowerCase() === invitation.email.trim().toLowerCase() ? 'accept' : 'wrong-account';
  }
  return invitation.has_account ? 'sign-in' : 'create-account';
}

export function acceptInvitationPath(token: string): string {
  return `/accept-invitation/${encodeURIComponent(token)}`;
}

export function loginPathReturningTo(path: string): string {
  return `/login?next=${encodeURIComponent(path)}`;
}
