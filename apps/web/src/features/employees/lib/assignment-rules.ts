import { scopeOf, type Resource, type Role } from '@crm/contracts';

/** Why an Employee's picker offers only themself (PRODUCT §3). */
export const ASSIGN_ONLY_SELF_REASON = 'Only Owners, Admins and Managers assign records to others';

export type AssignableResource = Extract<Resource, 'customers' | 'leads' | 'deals' | 'activities'>;

/** Roles limited to their own records (an Employee) may assign a record only to themself. */
export function mayAssignOnlySelf(role: Role | undefined, resource: AssignableResource): boolean {
  return role !== undefined && scopeOf(role, resource, 'update') === 'own';
}
