import { describe, expect, it } from 'vitest';
import { isDeleteConfirmationValid } from './delete-confirmation';

describe('isDeleteConfirmationValid', () => {
  it('accepts only the exact name, ignoring surrounding spaces as the server does', () => {
    expect(isDeleteConfirmationValid('Acme Ltd', 'Acme Ltd')).toBe(true);
    expect(isDeleteConfirmationValid('  Acme Ltd ', 'Acme Ltd')).toBe(true);
  });

  it('refuses another case, a prefix, inner spacing changes or nothing', () => {
    for (const typed of ['acme ltd', 'Acme', 'Acme  Ltd', '', 'Acme Ltd.']) {
      expect(isDeleteConfirmationValid(typed, 'Acme Ltd')).toBe(false);
    }
  });
});
