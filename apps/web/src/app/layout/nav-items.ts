import type { IconType } from 'react-icons';
import { LuLayoutDashboard } from 'react-icons/lu';
import { can, type Action, type Resource, type Role } from '@crm/contracts';

export interface NavItem {
  label: string;
  to: string;
  icon: IconType;
  /** Omitted: every role sees it. */
  permission?: { resource: Resource; action: Action };
  end?: boolean;
}

/** Only pages that exist are listed (PRODUCT §8); each new page adds its row here. */
export const NAV_ITEMS: readonly NavItem[] = [{ label: 'Dashboard', to: '/', icon: LuLayoutDashboard, end: true }];

export function visibleNavItems(role: Role, items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => !item.permission || can(role, item.permission.resource, item.permission.action));
}
