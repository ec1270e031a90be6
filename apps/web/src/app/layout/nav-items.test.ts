import { describe, expect, it } from 'vitest';
import { LuLayoutDashboard } from 'react-icons/lu';
import { NAV_ITEMS, visibleNavItems, type NavItem } from './nav-items';

describe('visibleNavItems', () => {
  const items: NavItem[] = [
    { label: 'Dashboard', to: '/', icon: LuLayoutDashboard },
    {
      label: 'Audit log',
      to: '/audit-log',
      icon: LuLayoutDashboard,
      permission: { resource: 'audit_log', action: 'read' },
    },
  ];

  it('shows items a role may use and hides the rest', () => {
    expect(visibleNavItems('admin', items).map((i) => i.label)).toEqual(['Dashboard', 'Audit log']);
    expect(visibleNavItems('employee', items).map((i) => i.label)).toEqual(['Dashboard']);
  });

  it('keeps the sidebar order of UX.md', () => {
    const uxOrder = [
      'Dashboard',
      'My work',
      'Customers',
      'Leads',
      'Deals',
      'Activities',
      'Orders',
      'Payments',
      'Issues',
      'Vendors',
      'Employees',
      'Analytics',
      'Organization',
      'Team',
      'Pipelines',
      'Audit log',
    ];
    const positions = NAV_ITEMS.map((item) => uxOrder.indexOf(item.label));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('shows staff the customers and leads pages, and a client only the portal', () => {
    expect(visibleNavItems('employee').map((i) => i.to)).toEqual(expect.arrayContaining(['/customers', '/leads']));
    expect(visibleNavItems('client').map((i) => i.to)).toEqual([
      '/',
      '/portal/orders',
      '/portal/payments',
      '/portal/issues',
      '/profile',
    ]);
  });
});
