import { useEffect, useMemo, useState } from 'react';
import { Text } from '@/components/ui';
// Imported on its own, not through the index: the combobox it wraps stays out of the first screen's bundle.
import { SearchPicker } from '@/components/ui/search-picker';
import { useCustomerOptions, type CustomerOption } from '../api/get-customer-options';

interface CustomerPickerProps {
  value: number | undefined;
  /** The chosen customer's name when editing, before any search has run. */
  initialLabel?: string;
  onChange: (customerId: number | undefined) => void;
  onBlur?: () => void;
}

const SEARCH_DELAY_MS = 250;
const labelOf = (customer: CustomerOption) => customer.name;
const valueOf = (customer: CustomerOption) => String(customer.id);

/** Finds a customer by typing part of the name, email, code or company. */
export function CustomerPicker({ value, initialLabel = '', onChange, onBlur }: CustomerPickerProps) {
  const [inputValue, setInputValue] = useState(initialLabel);
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(inputValue.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [inputValue]);

  // Once a customer is chosen its name fills the box; searching for that name again would only
  // narrow the list to it, so the list keeps showing everyone until the user types.
  const chosenLabel = value === undefined ? null : inputValue;
  const customers = useCustomerOptions(search === chosenLabel ? '' : search);
  const [chosen, setChosen] = useState<CustomerOption | null>(
    value === undefined ? null : { id: value, name: initialLabel, code: '', company_name: null },
  );
  // The chosen customer stays in the list even when the current search does not return it, so
  // the picker never loses the value it shows.
  const items = useMemo(() => {
    const results = customers.data ?? [];
    return chosen && !results.some((customer) => customer.id === chosen.id) ? [chosen, ...results] : results;
  }, [customers.data, chosen]);

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
      inputValue={inputValue}
      onInputValueChange={setInputValue}
      onSelect={(customer) => {
        setChosen(customer);
        onChange(customer?.id);
      }}
      onBlur={onBlur}
      isLoading={customers.isFetching}
      placeholder="Search customers"
      emptyText={customers.isError ? 'Customers could not be loaded' : 'No customers match'}
    />
  );
}
