import type { ComponentType } from 'react';
import type { IconType } from 'react-icons';
import {
  LuBuilding2,
  LuCalendarClock,
  LuChartLine,
  LuListTodo,
  LuContact,
  LuHandshake,
  LuHistory,
  LuLayoutDashboard,
  LuLifeBuoy,
  LuPackage,
  LuTarget,
  LuTruck,
  LuUserRound,
  LuUsers,
  LuUsersRound,
  LuWallet,
  LuWorkflow,
} from 'react-icons/lu';
import { can, isStaffRole, type Action, type Resource, type Role } from '@crm/contracts';
// Loaded on its own, not through the feature's index: the sidebar is on the first screen.
import { MyWorkNavBadge } from '@/features/work/components/my-work-nav-badge';

export type NavSectionId = 'main' | 'settings';

export interface NavItem {
  label: string;
  to: string;
  icon: IconType;
  /** Omitted: every role sees it. */
  permission?: { resource: Resource; action: Action };
  end?: boolean;
  /** Omitted: the main section, above the Settings heading. */
  section?: NavSectionId;
  /** A count after the label (My work's tasks overdue or due today). */
  badge?: ComponentType;
}

/** Only pages that exist are listed (PRODUCT §8); each new page adds its row here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', icon: LuLayoutDashboard, end: true },
  {
    label: 'My work',
    to: '/my-work',
    icon: LuListTodo,
    permission: { resource: 'activities', action: 'read' },
    badge: MyWorkNavBadge,
  },
  { label: 'Customers', to: '/customers', icon: LuUsers, permission: { resource: 'customers', action: 'read' } },
  { label: 'Leads', to: '/leads', icon: LuTarget, permission: { resource: 'leads', action: 'read' } },
  { label: 'Deals', to: '/deals', icon: LuHandshake, permission: { resource: 'deals', action: 'read' } },
  {
    label: 'Activities',
    to: '/activities',
    icon: LuCalendarClock,
    permission: { resource: 'activities', action: 'read' },
  },
  { label: 'Orders', to: '/orders', icon: LuPackage, permission: { resource: 'orders', action: 'read' } },
  { label: 'Payments', to: '/payments', icon: LuWallet, permission: { resource: 'payments', action: 'read' } },
  { label: 'Issues', to: '/issues', icon: LuLifeBuoy, permission: { resource: 'issues', action: 'read' } },
  { label: 'Vendors', to: '/vendors', icon: LuTruck, permission: { resource: 'vendors', action: 'read' } },
  { label: 'Employees', to: '/employees', icon: LuContact, permission: { resource: 'employees', action: 'read' } },
  {
    label: 'Analytics',
    to: '/analytics',
    icon: LuChartLine,
    permission: { resource: 'analytics', action: 'read_team' },
  },
  {
    label: 'Organization',
    to: '/settings/organization',
    icon: LuBuilding2,
    permission: { resource: 'organization', action: 'read' },
    section: 'settings',
  },
  {
    label: 'Team',
    to: '/settings/team',
    icon: LuUsersRound,
    permission: { resource: 'members', action: 'read' },
    section: 'settings',
  },
  {
    label: 'Pipelines',
    to: '/settings/pipelines',
    icon: LuWorkflow,
    permission: { resource: 'pipelines', action: 'update' },
    section: 'settings',
  },
  {
    label: 'Audit log',
    to: '/settings/audit-log',
    icon: LuHistory,
    permission: { resource: 'audit_log', action: 'read' },
    section: 'settings',
  },
];

/** Client mode's own navigation (UX: shell): the customer portal, whatever the staff rows grant. */
export const CLIENT_NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', icon: LuLayoutDashboard, end: true },
  { label: 'My orders', to: '/portal/orders', icon: LuPackage },
  { label: 'My payments', to: '/portal/payments', icon: LuWallet },
  { label: 'My issues', to: '/portal/issues', icon: LuLifeBuoy },
  { label: 'Profile', to: '/profile', icon: LuUserRound },
];

/** The role in the active organization decides the mode (PRODUCT §1), and the mode the sidebar. */
export function navItemsFor(role: Role): readonly NavItem[] {
  return isStaffRole(role) ? NAV_ITEMS : CLIENT_NAV_ITEMS;
}

export function visibleNavItems(role: Role, items: readonly NavItem[] = navItemsFor(role)): NavItem[] {
  return items.filter((item) => !item.permission || can(role, item.permission.resource, item.permission.action));
}

export interface NavSection {
  id: NavSectionId;
  /** The heading above the section; the main section has none. */
  heading: string | null;
  items: NavItem[];
}

const SECTION_HEADINGS: Record<NavSectionId, string | null> = { main: null, settings: 'Settings' };

/** The sidebar's sections for a role; a section with nothing the role may use is left out, heading and all. */
export function visibleNavSections(role: Role, items: readonly NavItem[] = navItemsFor(role)): NavSection[] {
  const visible = visibleNavItems(role, items);
  return (['main', 'settings'] as const)
    .map((id) => ({
      id,
      heading: SECTION_HEADINGS[id],
      items: visible.filter((item) => (item.section ?? 'main') === id),
    }))
    .filter((section) => section.items.length > 0);
}
