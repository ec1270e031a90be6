import { StatusBadge, lazyDialog } from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { RecordActions, useRecordDialogs } from '@/components/ui/record-actions';
import { useEmployee } from '../api/get-employee';
import { DeleteEmployeeDialog } from '../components/delete-employee-dialog';
import { EmployeeReportsCard } from '../components/employee-reports-card';
import { EmployeeSummaryCard } from '../components/employee-summary-card';
import { EMPLOYEE_STATUS_LABELS } from '../lib/employee-labels';

const EmployeeFormDialog = lazyDialog(
  () => import('../components/employee-form-dialog').then((m) => m.EmployeeFormDialog),
  (props) => props.open,
);

/** Details are the larger column here; the reports list is short. */
const COLUMNS = 'minmax(0, 3fr) minmax(0, 2fr)';

function EmployeeDetail({ employeeId }: { employeeId: number }) {
  const employee = useEmployee(employeeId);
  const dialogs = useRecordDialogs('/employees');
  const loading = <DetailSkeleton label="Loading the employee" columns={COLUMNS} cardHeights={['72', '40']} />;

  return (
    <QueryView query={employee} subject="this employee" loading={loading}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.full_name,
            badges: <StatusBadge status={record.status} label={EMPLOYEE_STATUS_LABELS[record.status]} />,
            description: [record.position, record.department].filter(Boolean).join(' · ') || undefined,
            actions: (
              <RecordActions resource="employees" kind="employee" name={record.full_name} {...dialogs.actions} />
            ),
          }}
          columns={COLUMNS}
          primary={<EmployeeSummaryCard employee={record} />}
          secondary={<EmployeeReportsCard employeeId={record.id} />}
        >
          <EmployeeFormDialog {...dialogs.edit} employee={record} />
          <DeleteEmployeeDialog {...dialogs.remove} employee={record} />
        </RecordLayout>
      )}
    </QueryView>
  );
}

/** `/employees/:id`: the employee's details, manager and direct reports. */
export default function EmployeeDetailPage() {
  return (
    <DetailPage backTo="/employees" backLabel="Employees" maxW="6xl">
      {(id) => <EmployeeDetail employeeId={id} />}
    </DetailPage>
  );
}
