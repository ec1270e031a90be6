import { LuContact } from 'react-icons/lu';
import { lazyDialog, useListUrlState, listFilterParams } from '@/components/ui';
import { ListView, useCreateDialog } from '@/components/ui/list-view';
import { ExportButton } from '@/features/data-export';
import { useEmployees } from '../api/get-employees';
import { EMPLOYEE_COLUMNS, employeePath } from '../components/employee-columns';
import { EmployeeFilters } from '../components/employee-filters';
import { EMPLOYEE_STATUS_OPTIONS } from '../lib/employee-labels';
import { EMPLOYEE_LIST_CONFIG } from '../lib/employee-list-config';

const EmployeeFormDialog = lazyDialog(
  () => import('../components/employee-form-dialog').then((m) => m.EmployeeFormDialog),
  (props) => props.open,
);

/** `/employees`: the staff directory, searchable and filterable by status, department and manager. */
export default function EmployeesListPage() {
  const list = useListUrlState(EMPLOYEE_LIST_CONFIG);
  const employees = useEmployees(list.apiParams);
  const createDialog = useCreateDialog('employees', 'employee');

  return (
    <ListView
      title="Employees"
      create={createDialog.create}
      actions={<ExportButton resource="employees" filters={listFilterParams(list.apiParams)} />}
      list={list}
      query={employees}
      search={{ label: 'Search employees', placeholder: 'Search by name or email', width: { base: 'full', md: '72' } }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: EMPLOYEE_STATUS_OPTIONS, width: '40' },
      ]}
      toolbar={<EmployeeFilters filters={list.state.filters} onFilter={list.setFilter} />}
      columns={EMPLOYEE_COLUMNS}
      getRowKey={(employee) => employee.id}
      getRowHref={employeePath}
      itemLabel="employees"
      empty={{
        icon: <LuContact />,
        filterHint: 'Try another search or filter.',
        description: 'Employees are the people deals, leads and customers are assigned to.',
      }}
      maxW="7xl"
    >
      <EmployeeFormDialog open={createDialog.isOpen} onOpenChange={createDialog.setIsOpen} />
    </ListView>
  );
}
