import { useMemo } from 'react';
import { Text } from '@/components/ui';
// Imported on its own, not through the index: the combobox it wraps stays out of the first screen's bundle.
import { SearchPicker, useSearchPickerState } from '@/components/ui/search-picker';
import { useCustomerOptions, type CustomerOption } from '../api/get-customer-options';

interface CustomerPickerProps {
  value: number | undefined;
  /** The chosen customer's name when editing, before any search has run. */
  initialLabel?: string;
  onChange: (customerId: number | undefined) => void;
  onBlur?: () => void;
  ariaLabel?: string;
}

const labelOf = (customer: CustomerOption) => customer.name;
const valueOf = (customer: CustomerOption) => String(customer.id);

/** Finds a customer by typing part of the name, email, code or company. */
export function CustomerPicker({ value, initialLabel = '', onChange, onBlur, ariaLabel }: CustomerPickerProps) {
  const picker = useSearchPickerState<CustomerOption>(
    value === undefined ? null : { id: value, name: initialLabel, code: '', company_name: null },
    initialLabel,
  );
  const customers = useCustomerOptions(picker.search);
  const { withChosen } = picker;
  const items = useMemo(() => withChosen(customers.data ?? []), [customers.data, withChosen]);

  return (
    <SearchPicker
      items={items}
      itemToLabel={labelOf}
      itemToValue={valueOf}
      renderItem={(customer) => (
        <>
          <Text flex="1" truncate>
            {customer.name}
          </Text>
          <Text textStyle="xs" color="fg.muted">
            {customer.code}
          </Text>
        </>
      )}
      value={value === undefined ? null : String(value)}
      inputValue={picker.inputValue}
      onInputValueChange={picker.setInputValue}
      onSelect={(customer) => {
        picker.setChosen(customer);
        onChange(customer?.id);
      }}
      onBlur={onBlur}
      isLoading={customers.isFetching}
      placeholder="Search customers"
      emptyText={customers.isError ? 'Customers could not be loaded' : 'No customers match'}
      ariaLabel={ariaLabel}
    />
  );
}
