import { describe, expect, it } from 'vitest';
import { visibleNavSections } from './nav-items';

const labelsBySection = (role: Parameters<typeof visibleNavSections>[0]) =>
  Object.fromEntries(
    visibleNavSections(role).map((section) => [section.heading ?? 'main', section.items.map((item) => item.label)]),
  );

describe('visibleNavSections', () => {
  it('gives the Owner every page, settings under their own heading', () => {
    expect(labelsBySection('owner')).toEqual({
      main: ['Dashboard', 'Customers', 'Leads', 'Deals', 'Vendors', 'Employees'],
      Settings: ['Organization', 'Team', 'Pipelines', 'Audit log'],
    });
  });

  it('shows an Employee the records and the team, but not pipelines or the audit log', () => {
    expect(labelsBySection('employee')).toEqual({
      main: ['Dashboard', 'Customers', 'Leads', 'Deals', 'Vendors', 'Employees'],
      Settings: ['Organization', 'Team'],
    });
  });

  it('shows a Manager pipelines but not the audit log', () => {
    expect(labelsBySection('manager').Settings).toEqual(['Organization', 'Team', 'Pipelines']);
    expect(labelsBySection('admin').Settings).toContain('Audit log');
  });

  it('leaves out a section with nothing the role may use, heading and all', () => {
    const sections = visibleNavSections('client');
    expect(sections.map((section) => section.heading)).toEqual([null]);
    expect(sections[0]?.items.map((item) => item.label)).toEqual(['Dashboard']);
  });
});
