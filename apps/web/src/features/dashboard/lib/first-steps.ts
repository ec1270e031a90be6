import { can, type Dashboard, type Role } from '@crm/contracts';

/**
 * An organization with nothing in it yet (as far as the caller sees): no customers, no deals, no
 * leads, no activity. Its dashboard shows first steps instead of rows of zeros.
 */
export function isNewOrganization(dashboard: Dashboard): boolean {
  return (
    dashboard.customers_total === 0 &&
    dashboard.open_deals === 0 &&
    dashboard.new_leads.value === 0 &&
    dashboard.new_leads.previous === 0 &&
    dashboard.deals_won.value === 0 &&
    dashboard.deals_won.previous === 0 &&
    dashboard.deals_lost.value === 0 &&
    dashboard.revenue_by_month.every((point) => point.deals_won === 0) &&
    dashboard.funnel.every((stage) => stage.count === 0) &&
    dashboard.recent_activities.length === 0 &&
    dashboard.my_tasks.overdue === 0 &&
    dashboard.my_tasks.today === 0
  );
}

export interface FirstStep {
  id: 'customer' | 'import' | 'team';
  title: string;
  description: string;
  to: string;
  action: string;
}

const STEPS: readonly (FirstStep & { allowed: (role: Role) => boolean })[] = [
  {
    id: 'customer',
    title: 'Add your first customer',
    description: 'The people and companies you sell to; deals, orders and issues hang off them.',
    to: '/customers?new=1',
    action: 'Add a customer',
    allowed: (role) => can(role, 'customers', 'create'),
  },
  {
    id: 'import',
    title: 'Bring your customers over',
    description: 'Already keep a list somewhere else? Start from the customers page to bring it in.',
    to: '/customers',
    action: 'Import customers',
    allowed: (role) => can(role, 'import', 'create'),
  },
  {
    id: 'team',
    title: 'Invite your team',
    description: 'Give colleagues their own login and a role that fits what they do.',
    to: '/settings/team',
    action: 'Invite the team',
    allowed: (role) => can(role, 'members', 'create'),
  },
];

/** The first steps this role may take. */
export function firstStepsFor(role: Role): FirstStep[] {
  return STEPS.filter((step) => step.allowed(role)).map(({ allowed: _allowed, ...step }) => step);
}
