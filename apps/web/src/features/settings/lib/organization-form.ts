import { z } from 'zod';
import { createOrganizationBodySchema, type Organization, type UpdateOrganizationBody } from '@crm/contracts';

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

export const ORGANIZATION_FORM_FIELDS = Object.keys(organizationFormSchema.shape) as (keyof OrganizationFormValues)[];

export function organizationToFormValues(organization: Organization): OrganizationFormValues {
  return {
    name: organization.name,
    industry: organization.industry ?? '',
    website: organization.website ?? '',
    phone: organization.phone ?? '',
    email: organization.email ?? '',
    address: organization.address ?? '',
    city: organization.city ?? '',
    state: organization.state ?? '',
    postal_code: organization.postal_code ?? '',
    country: organization.country ?? '',
    currency: organization.currency,
    timezone: organization.timezone,
  };
}

export const toUpdateOrganizationBody = (values: OrganizationFormOutput): UpdateOrganizationBody => values;
