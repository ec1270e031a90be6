/**
 * The role matrix of PRODUCT §3, the one place it lives. The API guard and the web app both read it;
 * later features add rows here, never a second copy elsewhere.
 */
export const ROLES = ['owner', 'admin', 'manager', 'employee', 'client'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['owner', 'admin', 'manager', 'employee'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const MEMBERSHIP_STATUSES = ['active', 'suspended'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export type Action = 'read' | 'create' | 'update' | 'delete' | 'transfer' | 'comment' | 'read_team';
/** `action:own` grants the action only on records assigned to or created by the caller. */
export type Grant = Action | `${Action}:own`;

const CRUD: Grant[] = ['read', 'create', 'update', 'delete'];
const SALES_EMPLOYEE: Grant[] = ['read', 'create', 'update:own'];

type RoleGrants = Record<Role, readonly Grant[]>;
const sales: RoleGrants = { owner: CRUD, admin: CRUD, manager: CRUD, employee: SALES_EMPLOYEE, client: [] };
const managed: RoleGrants = { owner: CRUD, admin: CRUD, manager: CRUD, employee: ['read'], client: [] };

export const PERMISSION_MATRIX = {
  organization: {
    owner: ['read', 'update', 'delete', 'transfer'],
    admin: ['read', 'update'],
    manager: ['read'],
    employee: ['read'],
    client: [],
  },
  /** Admins hold CRUD here, but the service refuses anything that touches the Owner. */
  members: { owner: CRUD, admin: CRUD, manager: ['read'], employee: ['read'], client: [] },
  employees: { owner: CRUD, admin: CRUD, manager: ['read'], employee: ['read'], client: [] },
  customers: sales,
  leads: sales,
  deals: sales,
  activities: sales,
  pipelines: managed,
  vendors: managed,
  orders: { ...managed, client: ['read:own'] },
  payments: { ...managed, client: ['read:own'] },
  issues: {
    owner: [...CRUD, 'comment'],
    admin: [...CRUD, 'comment'],
    manager: [...CRUD, 'comment'],
    employee: ['read', 'create', 'update', 'comment'],
    client: ['read:own', 'create', 'comment:own'],
  },
  analytics: {
    owner: ['read', 'read_team'],
    admin: ['read', 'read_team'],
    manager: ['read', 'read_team'],
    employee: ['read'],
    client: [],
  },
  audit_log: { owner: ['read'], admin: ['read'], manager: [], employee: [], client: [] },
  import: { owner: ['create'], admin: ['create'], manager: ['create'], employee: [], client: [] },
  export: { owner: ['read'], admin: ['read'], manager: ['read'], employee: ['read'], client: [] },
} as const satisfies Record<string, RoleGrants>;

export type Resource = keyof typeof PERMISSION_MATRIX;

export type Scope = 'all' | 'own' | 'none';

/** How far `role` may perform `action` on `resource`: on every record, on its own, or not at all. */
export function scopeOf(role: Role, resource: Resource, action: Action): Scope {
  const grants: readonly Grant[] = PERMISSION_MATRIX[resource][role];
  if (grants.includes(action)) return 'all';
  if (grants.includes(`${action}:own`)) return 'own';
  return 'none';
}

export function can(role: Role, resource: Resource, action: Action): boolean {
  return scopeOf(role, resource, action) !== 'none';
}

export const isStaffRole = (role: Role): role is StaffRole => role !== 'client';
