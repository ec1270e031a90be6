import type { Employee } from '@crm/contracts';
import { Badge, RouterLink, StatusBadge } from '@/components/ui';
import { EmptyValue, RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { formatCalendarDate } from '@/lib/format';
import { EMPLOYEE_STATUS_LABELS } from '../lib/employee-labels';

export const employeePath = (employee: Pick<Employee, 'id'>) => `/employees/${String(employee.id)}`;

/** The staff directory's table: name, position, department, manager, status and hire date. */
export const EMPLOYEE_COLUMNS: ListColumn<Employee>[] = [
  {
    id: 'name',
    header: 'Name',
    sortField: 'last_name',
    cellProps: { maxW: 'xs' },
    cell: (employee) => (
      <RecordLinkCell to={employeePath(employee)} subtitle={employee.email}>
        {employee.full_name}
      </RecordLinkCell>
    ),
  },
  { id: 'position', header: 'Position', cell: (e) => e.position ?? <EmptyValue /> },
  { id: 'department', header: 'Department', sortField: 'department', cell: (e) => e.department ?? <EmptyValue /> },
  {
    id: 'manager',
    header: 'Manager',
    cell: (e) =>
      e.manager_id !== null ? (
        <RouterLink to={employeePath({ id: e.manager_id })}>{e.manager_name}</RouterLink>
      ) : (
        <EmptyValue />
      ),
  },
  {
    id: 'status',
    header: 'Status',
    sortField: 'status',
    cell: (e) => (
      <>
        <StatusBadge status={e.status} label={EMPLOYEE_STATUS_LABELS[e.status]} />
        {e.has_login && (
          <Badge size="sm" variant="outline" ms="2" title="Signs in as a member of the team">
            Member
          </Badge>
        )}
      </>
    ),
  },
  {
    id: 'hired',
    header: 'Hired',
    sortField: 'hire_date',
    cellProps: { color: 'fg.muted' },
    cell: (e) => (e.hire_date ? formatCalendarDate(e.hire_date) : <EmptyValue />),
  },
];
