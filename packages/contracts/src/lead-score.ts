import type { LeadSource } from './leads.js';

export interface LeadScoreInput {
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  job_title?: string | null;
  source?: LeadSource | null;
  /** In minor units of the organization's currency. */
  estimated_value_minor?: number | null;
}

const present = (value: string | null | undefined) => (value ?? '').trim() !== '';

const SOURCE_POINTS: Partial<Record<LeadSource, number>> = { referral: 25, partner: 20, website: 15 };

/**
 * The seed's formula (PRODUCT §5): email +10, phone +10, company +15, job title +10; referral +25,
 * partner +20, website +15; estimated value strictly above 100,000 → +20, 50,000 → +15,
 * 10,000 → +10. Blank strings do not count. Maximum 90. Shared so the web app can preview it.
 */
export function computeLeadScore(lead: LeadScoreInput): number {
  let score = 0;
  if (present(lead.email)) score += 10;
  if (present(lead.phone)) score += 10;
  if (present(lead.company)) score += 15;
  if (present(lead.job_title)) score += 10;
  score += (lead.source && SOURCE_POINTS[lead.source]) || 0;
  const value = lead.estimated_value_minor ?? 0;
  if (value > 100_000_00) score += 20;
  else if (value > 50_000_00) score += 15;
  else if (value > 10_000_00) score += 10;
  return score;
}
