import { Box } from '@/components/ui';
import { CustomerPicker } from '@/features/customer-picker';
import { useOrderCustomer } from '../api/get-order-customer';

interface CustomerFilterProps {
  /** The customer id in the URL, or undefined. */
  value: string | undefined;
  onChange: (customerId: string | undefined) => void;
}

/** A list toolbar's customer filter; a shared link's customer gets its name before the picker shows. */
export function CustomerFilter({ value, onChange }: CustomerFilterProps) {
  const customerId = value === undefined ? null : Number(value);
  const customer = useOrderCustomer(customerId);
  if (customerId !== null && customer.isPending) return null;
  return (
    <Box width={{ base: 'full', sm: '64' }}>
      <CustomerPicker
        key={value ?? 'none'}
        ariaLabel="Customer"
        value={customerId ?? undefined}
        initialLabel={customer.data?.name ?? ''}
        onChange={(id) => onChange(id === undefined ? undefined : String(id))}
      />
    </Box>
  );
}
