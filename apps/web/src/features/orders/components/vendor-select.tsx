import { forwardRef } from 'react';
import { SelectNative, type SelectNativeProps } from '@/components/ui';
import { useVendorOptions } from '../api/get-vendor-options';

export interface VendorSelectProps extends Omit<SelectNativeProps, 'options'> {
  /** The order's vendor when editing, kept as a choice even when not among the first hundred. */
  current?: { id: number; name: string } | null;
}

/** The order's supplier, or none. */
export const VendorSelect = forwardRef<HTMLSelectElement, VendorSelectProps>(function VendorSelect(
  { current, ...props },
  ref,
) {
  const vendors = useVendorOptions();
  const options = (vendors.data ?? []).map((vendor) => ({ value: String(vendor.id), label: vendor.name }));
  if (current && !options.some((option) => option.value === String(current.id))) {
    options.unshift({ value: String(current.id), label: current.name });
  }
  return <SelectNative ref={ref} {...props} options={options} placeholder="No vendor" />;
});
