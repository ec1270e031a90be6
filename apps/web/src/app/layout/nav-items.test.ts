import { describe, expect, it } from 'vitest';
import { LuLayoutDashboard } from 'react-icons/lu';
import { NAV_ITEMS, visibleNavItems, type NavItem } from './nav-items';

describe('visibleNavItems', () => {
  const items: NavItem[] = [
    { label: 'Dashboard', to: '/', icon: LuLayoutDashboard },
    { label: 'Audit log', to: '/audit-log', icon: LuLayoutDashboard, permission: { resource: 'audit_log', action: 'read' } },
  ];

  it('shows items a role may use and hides the rest', () => {
    expect(visibleNavItems('admin', items).map((i) => i.label)).toEqual(['Dashboard', 'Audit log']);
    expect(visibleNavItems('employee', items).map((i) => i.label)).toEqual(['Dashboard']);
  });

  it('lists only the dashboard for now, for every role', () => {
    expect(NAV_ITEMS.map((i) => i.to)).toEqual(['/']);
    expect(visibleNavItems('client')).toHaveLength(1);
  });
});
