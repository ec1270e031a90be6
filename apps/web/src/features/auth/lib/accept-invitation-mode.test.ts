import { describe, expect, it } from 'vitest';
import { acceptInvitationMode } from './accept-invitation-mode';

describe('acceptInvitationMode', () => {
  const invitation = { email: 'Sam@Example.com', has_account: false };

  it('accepts at once when signed in as the invited email, whatever its case', () => {
    expect(acceptInvitationMode(invitation, 'sam@example.com')).toBe('accept');
  });

  it('asks to sign out first when signed in as someone else', () => {
    expect(acceptInvitationMode(invitation, 'olivia@example.com')).toBe('wrong-account');
  });

  it('asks an existing account to sign in and a new person to create the account', () => {
    expect(acceptInvitationMode({ ...invitation, has_account: true }, null)).toBe('sign-in');
    expect(acceptInvitationMode(invitation, null)).toBe('create-account');
  });
});
