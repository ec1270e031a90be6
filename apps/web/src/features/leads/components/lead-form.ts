import { LEAD_NEEDS_A_NAME, updateLeadBodySchema, type Lead } from '@crm/contracts';
import type { z } from 'zod';
import { tagsFromText } from '@/features/customers/components/tags-text';
import { moneyTextInput } from './money-text-input';

/**
 * The contract's fields, with tags as one comma-separated line and the estimated value as text. The
 * create rule "first name, last name or company" is checked here too, and shown under the first name.
 */
export const leadFormSchema = updateLeadBodySchema
  .omit({ tags: true, custom_fields: true, assigned_to: true, estimated_value: true })
  .extend({ tags: tagsFromText, estimated_value: moneyTextInput })
  .superRefine((lead, ctx) => {
    if (!lead.first_name && !lead.last_name && !lead.company) {
      ctx.addIssue({ code: 'custom', message: LEAD_NEEDS_A_NAME, path: ['first_name'] });
    }
  });

export type LeadFormValues = z.input<typeof leadFormSchema>;
export type LeadFormOutput = z.output<typeof leadFormSchema>;

export const LEAD_FORM_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'phone',
  'company',
  'job_title',
  'source',
  'status',
  'estimated_value',
  'notes',
  'tags',
] as const satisfies readonly (keyof LeadFormValues)[];

export const EMPTY_LEAD_FORM: LeadFormValues = {
  first_name: '',
  last_name: '',
  email: '',
  phone: '',
  company: '',
  job_title: '',
  source: 'other',
  status: 'new',
  estimated_value: '',
  notes: '',
  tags: '',
};

/** A converted lead keeps its status, so its form leaves the status out (sending one answers 409). */
export function leadToFormValues(lead: Lead): LeadFormValues {
  return {
    first_name: lead.first_name ?? '',
    last_name: lead.last_name ?? '',
    email: lead.email ?? '',
    phone: lead.phone ?? '',
    company: lead.company ?? '',
    job_title: lead.job_title ?? '',
    source: lead.source,
    status: lead.status === 'converted' ? undefined : lead.status,
    estimated_value: lead.estimated_value ?? '',
    notes: lead.notes ?? '',
    tags: lead.tags.join(', '),
  };
}
