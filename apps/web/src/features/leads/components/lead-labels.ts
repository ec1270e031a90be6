import { EDITABLE_LEAD_STATUSES, LEAD_SOURCES, LEAD_STATUSES, type Lead, type LeadSource } from '@crm/contracts';
import { statusLabel, type SelectOption } from '@/components/ui';

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  website: 'Website',
  referral: 'Referral',
  social_media: 'Social media',
  email_campaign: 'Email campaign',
  cold_call: 'Cold call',
  event: 'Event',
  partner: 'Partner',
  other: 'Other',
};

export const LEAD_SOURCE_OPTIONS: SelectOption[] = LEAD_SOURCES.map((source) => ({
  value: source,
  label: LEAD_SOURCE_LABELS[source],
}));

export const LEAD_STATUS_OPTIONS: SelectOption[] = LEAD_STATUSES.map((status) => ({
  value: status,
  label: statusLabel(status),
}));

/** `converted` is reached only through the convert action, so forms never offer it. */
export const EDITABLE_LEAD_STATUS_OPTIONS: SelectOption[] = EDITABLE_LEAD_STATUSES.map((status) => ({
  value: status,
  label: statusLabel(status),
}));

/** A cold call may give only a company: the name falls back to it, then to the code. */
export function leadDisplayName(lead: Pick<Lead, 'full_name' | 'company' | 'code'>): string {
  return lead.full_name.trim() || lead.company || lead.code;
}
