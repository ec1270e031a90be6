import { useMemo } from 'react';
import type { Employee } from '@crm/contracts';
import { Text } from '@/components/ui';
// Imported on its own, not through the index: the combobox it wraps stays out of the first screen's bundle.
import { SearchPicker, useSearchPickerState } from '@/components/ui/search-picker';
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
  const picker = useSearchPickerState<ManagerOption>(
    value === null ? null : { id: value, full_name: initialLabel, position: null, department: null },
    initialLabel,
  );
  const options = useEmployeeOptions(picker.search);
  const { withChosen } = picker;
  const items = useMemo(
    () => withChosen((options.data ?? []).filter((employee) => employee.id !== excludeId)),
    [options.data, withChosen, excludeId],
  );

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
      inputValue={picker.inputValue}
      onInputValueChange={picker.setInputValue}
      onSelect={(employee) => {
        picker.setChosen(employee);
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
