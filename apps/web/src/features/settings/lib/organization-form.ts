import { z } from 'zod';
import { createOrganizationBodySchema, type Organization, type UpdateOrganizationBody } from '@crm/contracts';
import { formValuesOf } from '@/lib/forms';

const shape = createOrganizationBodySchema.shape;

/** The contract's fields with currency and time zone always present (they always have a value). */
export const organizationFormSchema = z.object({
  name: shape.name,
  industry: shape.industry,
  website: shape.website,
  phone: shape.phone,
  email: shape.email,
  address: shape.address,
  city: shape.city,
  state: shape.state,
  postal_code: shape.postal_code,
  country: shape.country,
  currency: shape.currency.unwrap(),
  timezone: shape.timezone.unwrap(),
});

export type OrganizationFormValues = z.input<typeof organizationFormSchema>;
export type OrganizationFormOutput = z.output<typeof organizationFormSchema>;

const EMPTY_ORGANIZATION_FORM: OrganizationFormValues = {
  name: '',
  industry: '',
  website: '',
  phone: '',
  email: '',
  address: '',
  city: '',
  state: '',
  postal_code: '',
  country: '',
  currency: '',
  timezone: '',
};

export function organizationToFormValues(organization: Organization): OrganizationFormValues {
  return formValuesOf(organization, EMPTY_ORGANIZATION_FORM);
}

export const toUpdateOrganizationBody = (values: OrganizationFormOutput): UpdateOrganizationBody => values;
