import { describe, expect, it } from 'vitest';
import { visibleNavSections } from './nav-items';

const labelsBySection = (role: Parameters<typeof visibleNavSections>[0]) =>
  Object.fromEntries(
    visibleNavSections(role).map((section) => [section.heading ?? 'main', section.items.map((item) => item.label)]),
  );

describe('visibleNavSections', () => {
  it('gives the Owner every page, settings under their own heading', () => {
    expect(labelsBySection('owner')).toEqual({
      main: [
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
      ],
      Settings: ['Organization', 'Team', 'Pipelines', 'Audit log'],
    });
  });

  it('shows an Employee the records and the team, but not pipelines or the audit log', () => {
    expect(labelsBySection('employee')).toEqual({
      main: [
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
      ],
      Settings: ['Organization', 'Team'],
    });
  });

  it('shows Analytics to the Owner, Admin and Manager, not to an Employee', () => {
    expect(labelsBySection('manager').main).toContain('Analytics');
    expect(labelsBySection('admin').main).toContain('Analytics');
    expect(labelsBySection('employee').main).not.toContain('Analytics');
  });

  it('shows a Manager pipelines but not the audit log', () => {
    expect(labelsBySection('manager').Settings).toEqual(['Organization', 'Team', 'Pipelines']);
    expect(labelsBySection('admin').Settings).toContain('Audit log');
  });

  it('gives a client the portal alone, with no settings heading', () => {
    const sections = visibleNavSections('client');
    expect(sections.map((section) => section.heading)).toEqual([null]);
    expect(sections[0]?.items.map((item) => item.label)).toEqual([
      'Dashboard',
      'My orders',
      'My payments',
      'My issues',
      'Profile',
    ]);
  });
});
