import type { IconType } from 'react-icons';
import {
  LuBuilding2,
  LuContact,
  LuHandshake,
  LuHistory,
  LuLayoutDashboard,
  LuTarget,
  LuTruck,
  LuUsers,
  LuUsersRound,
  LuWorkflow,
} from 'react-icons/lu';
import { can, type Action, type Resource, type Role } from '@crm/contracts';

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
}

/** Only pages that exist are listed (PRODUCT §8); each new page adds its row here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', icon: LuLayoutDashboard, end: true },
  { label: 'Customers', to: '/customers', icon: LuUsers, permission: { resource: 'customers', action: 'read' } },
  { label: 'Leads', to: '/leads', icon: LuTarget, permission: { resource: 'leads', action: 'read' } },
  { label: 'Deals', to: '/deals', icon: LuHandshake, permission: { resource: 'deals', action: 'read' } },
  { label: 'Vendors', to: '/vendors', icon: LuTruck, permission: { resource: 'vendors', action: 'read' } },
  { label: 'Employees', to: '/employees', icon: LuContact, permission: { resource: 'employees', action: 'read' } },
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

export function visibleNavItems(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
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
export function visibleNavSections(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavSection[] {
  const visible = visibleNavItems(role, items);
  return (['main', 'settings'] as const)
    .map((id) => ({
      id,
      heading: SECTION_HEADINGS[id],
      items: visible.filter((item) => (item.section ?? 'main') === id),
    }))
    .filter((section) => section.items.length > 0);
}
