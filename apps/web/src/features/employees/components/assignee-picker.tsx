import { useCallback, useMemo, useState } from 'react';
import type { Employee } from '@crm/contracts';
import { Text } from '@/components/ui';
// Imported on its own, not through the index: the combobox it wraps stays out of the first screen's bundle.
import { SearchPicker, useSearchPickerState } from '@/components/ui/search-picker';
import { useEmployeeOptions } from '../api/get-employee-options';
import { useMyEmployee } from '../api/get-my-employee';
import { ASSIGN_ONLY_SELF_REASON } from '../lib/assignment-rules';

export interface AssigneePickerProps {
  /** The chosen employee's id; null for nobody. */
  value: number | null;
  /** The chosen employee's name (the record's `assigned_to_name`), shown before any search has run. */
  initialLabel?: string | null;
  onChange: (employeeId: number | null, chosen: AssigneeOption | null) => void;
  onBlur?: () => void;
  /** Only "Me" may be chosen (an Employee); the others stay listed, saying why they cannot be. */
  onlySelf?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** Names the box when no form label does (a bulk action's dialog has one). */
  ariaLabel?: string;
}

export type AssigneeOption = Pick<Employee, 'id' | 'full_name' | 'position' | 'department'> & { isMe: boolean };

const labelOf = (option: AssigneeOption) => (option.isMe ? `Me (${option.full_name})` : option.full_name);
const valueOf = (option: AssigneeOption) => String(option.id);

function mentionsMe(search: string, me: Employee): boolean {
  const text = search.trim().toLowerCase();
  return text === '' || 'me'.startsWith(text) || me.full_name.toLowerCase().includes(text);
}

/** "Me" first, then everyone the search finds; each employee listed once. */
export function assigneeOptions(
  me: Employee | undefined,
  results: readonly Employee[],
  search: string,
): AssigneeOption[] {
  const toOption = (employee: Pick<Employee, 'id' | 'full_name' | 'position' | 'department'>) => ({
    id: employee.id,
    full_name: employee.full_name,
    position: employee.position,
    department: employee.department,
    isMe: employee.id === me?.id,
  });
  const others = results.filter((employee) => employee.id !== me?.id).map(toOption);
  return me && mentionsMe(search, me) ? [toOption(me), ...others] : others;
}

/**
 * Chooses who a record is assigned to: "Me" first, then a search over the organization's
 * employees. Nothing is fetched until the list is first opened or typed in, so a form opens
 * without waiting for it.
 */
export function AssigneePicker({
  value,
  initialLabel,
  onChange,
  onBlur,
  onlySelf = false,
  disabled = false,
  placeholder = 'Search employees',
  ariaLabel,
}: AssigneePickerProps) {
  const label = initialLabel ?? '';
  const picker = useSearchPickerState<AssigneeOption>(
    value === null ? null : { id: value, full_name: label, position: null, department: null, isMe: false },
    label,
  );
  const [isActive, setIsActive] = useState(false);
  const me = useMyEmployee(isActive);
  const results = useEmployeeOptions(picker.search, isActive);
  const { withChosen } = picker;
  const items = useMemo(() => {
    const options = assigneeOptions(me.data, results.data ?? [], picker.search);
    return withChosen(options).map((option) => ({ ...option, isMe: option.id === me.data?.id }));
  }, [me.data, results.data, picker.search, withChosen]);
  const isItemDisabled = useCallback((option: AssigneeOption) => onlySelf && !option.isMe, [onlySelf]);

  return (
    <SearchPicker<AssigneeOption>
      items={items}
      itemToLabel={labelOf}
      itemToValue={valueOf}
      isItemDisabled={isItemDisabled}
      renderItem={(option) => {
        const note = isItemDisabled(option) ? ASSIGN_ONLY_SELF_REASON : (option.position ?? option.department);
        return (
          <>
            <Text flex="1" truncate fontWeight={option.isMe ? 'medium' : undefined}>
              {labelOf(option)}
            </Text>
            {note && (
              <Text textStyle="xs" color="fg.muted" truncate>
                {note}
              </Text>
            )}
          </>
        );
      }}
      value={value === null ? null : String(value)}
      inputValue={picker.inputValue}
      onInputValueChange={(text) => {
        setIsActive(true);
        picker.setInputValue(text);
      }}
      onOpenChange={(open) => {
        if (open) setIsActive(true);
      }}
      onSelect={(option) => {
        picker.setChosen(option);
        onChange(option?.id ?? null, option);
      }}
      onBlur={onBlur}
      isLoading={isActive && (me.isFetching || results.isFetching)}
      placeholder={placeholder}
      ariaLabel={ariaLabel}
      disabled={disabled}
      emptyText={results.isError ? 'Employees could not be loaded' : 'No employees match'}
    />
  );
}
