import { createCustomerBodySchema, type Customer } from '@crm/contracts';
import type { z } from 'zod';
import { tagsFromText } from './tags-text';

/** The contract's create body, with tags typed as one comma-separated line. */
export const customerFormSchema = createCustomerBodySchema
  .omit({ tags: true, custom_fields: true, assigned_to: true })
  .extend({ tags: tagsFromText });

export type CustomerFormValues = z.input<typeof customerFormSchema>;
export type CustomerFormOutput = z.output<typeof customerFormSchema>;

/** Every input of the form, for placing the API's field errors. */
export const CUSTOMER_FORM_FIELDS = [
  'name',
  'first_name',
  'last_name',
  'email',
  'phone',
  'company_name',
  'customer_type',
  'status',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'website',
  'industry',
  'notes',
  'tags',
] as const satisfies readonly (keyof CustomerFormValues)[];

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
};

export function customerToFormValues(customer: Customer): CustomerFormValues {
  return {
    name: customer.name,
    first_name: customer.first_name ?? '',
    last_name: customer.last_name ?? '',
    email: customer.email ?? '',
    phone: customer.phone ?? '',
    company_name: customer.company_name ?? '',
    customer_type: customer.customer_type,
    status: customer.status,
    address: customer.address ?? '',
    city: customer.city ?? '',
    state: customer.state ?? '',
    postal_code: customer.postal_code ?? '',
    country: customer.country ?? '',
    website: customer.website ?? '',
    industry: customer.industry ?? '',
    notes: customer.notes ?? '',
    tags: customer.tags.join(', '),
  };
}
