import { z } from 'zod';
import {
  VENDOR_STATUSES,
  VENDOR_TYPES,
  createVendorBodySchema,
  type CreateVendorBody,
  type Vendor,
} from '@crm/contracts';
import { formValuesOf } from '@/lib/forms';

const shape = createVendorBodySchema.shape;

/** Tags typed as one comma-separated line. */
const tagsText = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  )
  .pipe(z.array(z.string().max(50, 'Keep each tag under 50 characters.')).max(50, 'Use at most 50 tags.'));

/** The rating as the value of a select: "" for none, else 1 to 5. */
const ratingText = z
  .string()
  .refine((text) => text === '' || /^[1-5]$/.test(text), 'Choose 1 to 5 stars.')
  .transform((text) => (text === '' ? null : Number(text)));

export const vendorFormSchema = z.object({
  name: shape.name,
  company_name: shape.company_name,
  email: shape.email,
  phone: shape.phone,
  vendor_type: z.enum(VENDOR_TYPES),
  status: z.enum(VENDOR_STATUSES),
  website: shape.website,
  address: shape.address,
  city: shape.city,
  state: shape.state,
  postal_code: shape.postal_code,
  country: shape.country,
  payment_terms: shape.payment_terms,
  rating: ratingText,
  notes: shape.notes,
  tags: tagsText,
});

export type VendorFormValues = z.input<typeof vendorFormSchema>;
export type VendorFormOutput = z.output<typeof vendorFormSchema>;

export const EMPTY_VENDOR_FORM: VendorFormValues = {
  name: '',
  company_name: '',
  email: '',
  phone: '',
  vendor_type: 'supplier',
  status: 'active',
  website: '',
  address: '',
  city: '',
  state: '',
  postal_code: '',
  country: '',
  payment_terms: '',
  rating: '',
  notes: '',
  tags: '',
};

export function vendorToFormValues(vendor: Vendor): VendorFormValues {
  return formValuesOf(vendor, EMPTY_VENDOR_FORM, {
    rating: vendor.rating === null ? '' : String(vendor.rating),
    tags: vendor.tags.join(', '),
  });
}

export const toVendorBody = (values: VendorFormOutput): CreateVendorBody => values;
