import { Box, Flex, SearchInput, SelectNative, Skeleton } from '@/components/ui';
import { useEmployee } from '../api/get-employee';
import { EMPLOYEE_STATUS_OPTIONS } from '../lib/employee-labels';
import type { EmployeeFilter } from '../lib/employee-list-config';
import { ManagerPicker } from './manager-picker';

interface EmployeeFiltersProps {
  search: string;
  filters: Partial<Record<EmployeeFilter, string>>;
  onSearch: (search: string) => void;
  onFilter: (key: EmployeeFilter, value: string | undefined) => void;
}

/** The chosen manager's name comes from their record, so a shared `?manager=7` link reads well. */
function ManagerFilter({
  managerId,
  onChange,
}: {
  managerId: number | undefined;
  onChange: (id: number | null) => void;
}) {
  const manager = useEmployee(managerId ?? 0, managerId !== undefined);
  if (managerId !== undefined && manager.isPending) return <Skeleton height="10" width={{ base: 'full', sm: '60' }} />;
  return (
    <Box width={{ base: 'full', sm: '60' }}>
      <ManagerPicker
        key={`${String(managerId)}-${manager.data?.full_name ?? ''}`}
        value={managerId ?? null}
        initialLabel={manager.data?.full_name ?? ''}
        onChange={onChange}
        placeholder="Any manager"
        ariaLabel="Manager"
      />
    </Box>
  );
}

export function EmployeeFilters({ search, filters, onSearch, onFilter }: EmployeeFiltersProps) {
  return (
    <Flex gap="3" wrap="wrap" role="search" aria-label="Filter employees">
      <SearchInput
        label="Search employees"
        placeholder="Search by name or email"
        value={search}
        onChange={onSearch}
        width={{ base: 'full', md: '72' }}
      />
      <SelectNative
        aria-label="Status"
        placeholder="All statuses"
        options={EMPLOYEE_STATUS_OPTIONS}
        value={filters.status ?? ''}
        onChange={(event) => onFilter('status', event.currentTarget.value || undefined)}
        width={{ base: 'full', sm: '40' }}
      />
      <SearchInput
        label="Department"
        placeholder="Department"
        value={filters.department ?? ''}
        onChange={(department) => onFilter('department', department.trim() || undefined)}
        width={{ base: 'full', sm: '48' }}
      />
      <ManagerFilter
        managerId={filters.manager === undefined ? undefined : Number(filters.manager)}
        onChange={(id) => onFilter('manager', id === null ? undefined : String(id))}
      />
    </Flex>
  );
}
