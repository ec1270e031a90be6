import { createCustomerBodySchema, type Customer } from '@crm/contracts';
import type { z } from 'zod';
import { tagsFromText } from '@/lib/form-inputs';
import { formValuesOf } from '@/lib/forms';

/** The contract's create body, with tags typed as one comma-separated line. */
export const customerFormSchema = createCustomerBodySchema
  .omit({ tags: true, custom_fields: true })
  .extend({ tags: tagsFromText });

export type CustomerFormValues = z.input<typeof customerFormSchema>;
export type CustomerFormOutput = z.output<typeof customerFormSchema>;

export const EMPTY_CUSTOMER_FORM: CustomerFormValues = {
  name: '',
  first_name: '',
  last_name: '',
  email: '',
  phone: '',
  company_name: '',
  customer_type: 'individual',
  status: 'active',
  address: '',
  city: '',
  state: '',
  postal_code: '',
  country: '',
  website: '',
  industry: '',
  notes: '',
  tags: '',
  assigned_to: null,
};

export function customerToFormValues(customer: Customer): CustomerFormValues {
  return formValuesOf(customer, EMPTY_CUSTOMER_FORM, { tags: customer.tags.join(', ') });
}
