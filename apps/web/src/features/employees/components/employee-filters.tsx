import { Box, SearchInput, Skeleton } from '@/components/ui';
import { useEmployee } from '../api/get-employee';
import type { EmployeeFilter } from '../lib/employee-list-config';
import { ManagerPicker } from './manager-picker';

interface EmployeeFiltersProps {
  filters: Partial<Record<EmployeeFilter, string>>;
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

/** The employees toolbar's own filters, after the search and the status: department and manager. */
export function EmployeeFilters({ filters, onFilter }: EmployeeFiltersProps) {
  return (
    <>
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
    </>
  );
}
