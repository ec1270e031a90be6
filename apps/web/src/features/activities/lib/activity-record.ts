import type { Activity } from '@crm/contracts';

export interface ActivityRecordLink {
  /** "Customer", "Lead", "Deal". */
  kind: string;
  path: string;
  /** "customer Acme Corp", or "a customer" when the name is not known. */
  label: string;
}

/** The customer, lead or deal an activity belongs to (it belongs to exactly one), as a page of the app. */
export function activityRecordLink(
  activity: Pick<Activity, 'customer_id' | 'lead_id' | 'deal_id'> & Partial<Pick<Activity, 'related_name'>>,
): ActivityRecordLink | null {
  const link = (kind: string, path: string): ActivityRecordLink => {
    const noun = kind.toLowerCase();
    return { kind, path, label: activity.related_name ? `${noun} ${activity.related_name}` : `a ${noun}` };
  };
  if (activity.customer_id !== null) return link('Customer', `/customers/${String(activity.customer_id)}`);
  if (activity.lead_id !== null) return link('Lead', `/leads/${String(activity.lead_id)}`);
  if (activity.deal_id !== null) return link('Deal', `/deals/${String(activity.deal_id)}`);
  return null;
}
