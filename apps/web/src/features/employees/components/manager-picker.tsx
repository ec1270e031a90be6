import { useEffect, useMemo, useState } from 'react';
import type { Employee } from '@crm/contracts';
import { Text } from '@/components/ui';
// Imported on its own, not through the index: the combobox it wraps stays out of the first screen's bundle.
import { SearchPicker } from '@/components/ui/search-picker';
import { useEmployeeOptions } from '../api/get-employee-options';

interface ManagerPickerProps {
  value: number | null;
  /** The chosen manager's name, shown before any search has run. */
  initialLabel?: string;
  /** The employee being edited: nobody manages themself. */
  excludeId?: number;
  onChange: (managerId: number | null) => void;
  onBlur?: () => void;
  placeholder?: string;
  ariaLabel?: string;
}

type ManagerOption = Pick<Employee, 'id' | 'full_name' | 'position' | 'department'>;

const SEARCH_DELAY_MS = 250;
const labelOf = (employee: ManagerOption) => employee.full_name;
const valueOf = (employee: ManagerOption) => String(employee.id);

/** Finds an employee by typing part of the name or email. */
export function ManagerPicker({
  value,
  initialLabel = '',
  excludeId,
  onChange,
  onBlur,
  placeholder = 'Search employees',
  ariaLabel,
}: ManagerPickerProps) {
  const [inputValue, setInputValue] = useState(initialLabel);
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(inputValue.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [inputValue]);

  // With a manager chosen, the box holds their name; searching for it would hide everyone else.
  const chosenLabel = value === null ? null : inputValue;
  const options = useEmployeeOptions(search === chosenLabel ? '' : search);
  const [chosen, setChosen] = useState<ManagerOption | null>(
    value === null ? null : { id: value, full_name: initialLabel, position: null, department: null },
  );
  const items = useMemo(() => {
    const results = (options.data ?? []).filter((employee) => employee.id !== excludeId);
    return chosen && !results.some((employee) => employee.id === chosen.id) ? [chosen, ...results] : results;
  }, [options.data, chosen, excludeId]);

  return (
    <SearchPicker<ManagerOption>
      items={items}
      itemToLabel={labelOf}
      itemToValue={valueOf}
      renderItem={(employee) => (
        <>
          <Text flex="1" truncate>
            {employee.full_name}
          </Text>
          {(employee.position ?? employee.department) && (
            <Text textStyle="xs" color="fg.muted" truncate>
              {employee.position ?? employee.department}
            </Text>
          )}
        </>
      )}
      value={value === null ? null : String(value)}
      inputValue={inputValue}
      onInputValueChange={setInputValue}
      onSelect={(employee) => {
        setChosen(employee);
        onChange(employee?.id ?? null);
      }}
      onBlur={onBlur}
      isLoading={options.isFetching}
      placeholder={placeholder}
      ariaLabel={ariaLabel}
      emptyText={options.isError ? 'Employees could not be loaded' : 'No employees match'}
    />
  );
}
