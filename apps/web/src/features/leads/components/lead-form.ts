import { LEAD_NEEDS_A_NAME, updateLeadBodySchema, type Lead } from '@crm/contracts';
import type { z } from 'zod';
import { moneyTextInput, tagsFromText } from '@/lib/form-inputs';
import { formValuesOf } from '@/lib/forms';

/**
 * The contract's fields, with tags as one comma-separated line and the estimated value as text. The
 * create rule "first name, last name or company" is checked here too, and shown under the first name.
 */
export const leadFormSchema = updateLeadBodySchema
  .omit({ tags: true, custom_fields: true, estimated_value: true })
  .extend({ tags: tagsFromText, estimated_value: moneyTextInput })
  .superRefine((lead, ctx) => {
    if (!lead.first_name && !lead.last_name && !lead.company) {
      ctx.addIssue({ code: 'custom', message: LEAD_NEEDS_A_NAME, path: ['first_name'] });
    }
  });

export type LeadFormValues = z.input<typeof leadFormSchema>;
export type LeadFormOutput = z.output<typeof leadFormSchema>;

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
  assigned_to: null,
};

/** A converted lead keeps its status, so its form leaves the status out (sending one answers 409). */
export function leadToFormValues(lead: Lead): LeadFormValues {
  return formValuesOf(lead, EMPTY_LEAD_FORM, {
    status: lead.status === 'converted' ? undefined : lead.status,
    tags: lead.tags.join(', '),
  });
}
