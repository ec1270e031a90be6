import type { Role } from '@crm/contracts';

const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  manager: 'Manager',
  employee: 'Employee',
  client: 'Client',
};

/** "admin" → "Admin": how a role is named everywhere in the app. */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
