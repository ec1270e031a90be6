import { useState } from 'react';
import { LuContact, LuPlus } from 'react-icons/lu';
import { can } from '@crm/contracts';
import {
  Button,
  ListEmptyState,
  ErrorPanel,
  LoadErrorPanel,
  PageHeader,
  PaginationFooter,
  Stack,
  TableSkeleton,
  lazyDialog,
  useListUrlState,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useEmployees } from '../api/get-employees';
import { EmployeeFilters } from '../components/employee-filters';
import { EmployeesTable } from '../components/employees-table';
import { EMPLOYEE_LIST_CONFIG } from '../lib/employee-list-config';

const EmployeeFormDialog = lazyDialog(
  () => import('../components/employee-form-dialog').then((m) => m.EmployeeFormDialog),
  (props) => props.open,
);

/** `/employees`: the staff directory, searchable and filterable by status, department and manager. */
export default function EmployeesListPage() {
  const { role } = useSession();
  const list = useListUrlState(EMPLOYEE_LIST_CONFIG);
  const employees = useEmployees(list.apiParams);
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const canCreate = can(role, 'employees', 'create');
  const { state } = list;

  const content = () => {
    if (employees.isPending) return <TableSkeleton label="Loading employees" />;
    if (employees.isError) {
      const error = toApiError(employees.error);
      if (error.status === 404 && state.page > 1) {
        return (
          <ErrorPanel
            title="That page is empty"
            message="There are fewer employees than when the link was made."
            onRetry={() => list.setPage(1)}
          />
        );
      }
      return (
        <LoadErrorPanel
          error={error}
          roleName={roleLabel(role)}
          subject="employees"
          onRetry={() => void employees.refetch()}
          isRetrying={employees.isFetching}
        />
      );
    }
    if (employees.data.count === 0) {
      return (
        <ListEmptyState
          icon={<LuContact />}
          noun="employees"
          hasFilters={list.hasFilters}
          onClearFilters={list.clearFilters}
          filterHint="Try another search or filter."
          description="Employees are the people deals, leads and customers are assigned to."
          createLabel={canCreate ? 'Add your first employee' : undefined}
          onCreate={() => setIsCreateOpen(true)}
        />
      );
    }
    return (
      <Stack gap="0">
        <EmployeesTable
          employees={employees.data.results}
          ordering={state.ordering}
          onSort={list.setOrdering}
          isStale={employees.isPlaceholderData}
        />
        <PaginationFooter
          page={state.page}
          pageSize={state.pageSize}
          count={employees.data.count}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          itemLabel="employees"
        />
      </Stack>
    );
  };

  return (
    <Stack gap="5" maxW="7xl">
      <PageHeader
        title="Employees"
        meta={employees.data ? <span data-testid="employees-count">{employees.data.count}</span> : undefined}
        actions={
          canCreate && (
            <Button colorPalette="brand" onClick={() => setIsCreateOpen(true)}>
              <LuPlus aria-hidden /> New employee
            </Button>
          )
        }
      />
      <EmployeeFilters
        search={state.search}
        filters={state.filters}
        onSearch={list.setSearch}
        onFilter={list.setFilter}
      />
      {content()}
      <EmployeeFormDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} />
    </Stack>
  );
}
