/**
 * Deleting an organization asks for its name, typed exactly (case and inner spaces included); the
 * server ignores only surrounding spaces, and so does this check.
 */
export function isDeleteConfirmationValid(typed: string, organizationName: string): boolean {
  return organizationName !== '' && typed.trim() === organizationName;
}
