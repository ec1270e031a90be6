import { ASSIGNABLE_ROLES, MEMBERSHIP_STATUSES, ROLES, type AssignableRole } from '@crm/contracts';
import { roleLabel } from '@/lib/roles';

export const ASSIGNABLE_ROLE_OPTIONS = ASSIGNABLE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
export const ROLE_FILTER_OPTIONS = ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
export const MEMBER_STATUS_OPTIONS = MEMBERSHIP_STATUSES.map((status) => ({
  value: status,
  label: status === 'active' ? 'Active' : 'Suspended',
}));

/** What each role may do, shown under the role choice when inviting. */
export const ROLE_DESCRIPTIONS: Record<AssignableRole, string> = {
  admin: 'Manages everything, including the team, except the Owner.',
  manager: 'Manages sales records, pipelines and vendors; sees the team.',
  employee: 'Works on their own customers, leads and deals; sees the rest.',
};
