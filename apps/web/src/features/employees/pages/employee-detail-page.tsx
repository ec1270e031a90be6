import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LuArrowLeft } from 'react-icons/lu';
import {
  Grid,
  LoadErrorPanel,
  PageHeader,
  RouterLink,
  Skeleton,
  Stack,
  StatusBadge,
  lazyDialog,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useEmployee } from '../api/get-employee';
import { DeleteEmployeeDialog } from '../components/delete-employee-dialog';
import { EmployeeActions } from '../components/employee-actions';
import { EmployeeReportsCard } from '../components/employee-reports-card';
import { EmployeeSummaryCard } from '../components/employee-summary-card';
import { EMPLOYEE_STATUS_LABELS } from '../lib/employee-labels';
import { isEmployeeId } from '../lib/employee-list-config';

const EmployeeFormDialog = lazyDialog(
  () => import('../components/employee-form-dialog').then((m) => m.EmployeeFormDialog),
  (props) => props.open,
);

function DetailSkeleton() {
  return (
    <Stack gap="6" aria-busy="true" aria-label="Loading the employee">
      <Skeleton height="10" width="64" />
      <Grid templateColumns={{ base: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }} gap="6">
        <Skeleton height="72" />
        <Skeleton height="40" />
      </Grid>
    </Stack>
  );
}

function EmployeeDetail({ employeeId }: { employeeId: number }) {
  const { role } = useSession();
  const navigate = useNavigate();
  const employee = useEmployee(employeeId);
  const [isEditOpen, setIsEditOpen] = useState(false);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);

  if (employee.isPending) return <DetailSkeleton />;
  if (employee.isError) {
    return (
      <LoadErrorPanel
        error={toApiError(employee.error)}
        roleName={roleLabel(role)}
        subject="this employee"
        onRetry={() => void employee.refetch()}
        isRetrying={employee.isFetching}
      />
    );
  }

  const record = employee.data;
  const subtitle = [record.position, record.department].filter(Boolean).join(' · ');
  return (
    <Stack gap="6">
      <PageHeader
        title={record.full_name}
        badges={<StatusBadge status={record.status} label={EMPLOYEE_STATUS_LABELS[record.status]} />}
        description={subtitle || undefined}
        actions={
          <EmployeeActions
            employee={record}
            onEdit={() => setIsEditOpen(true)}
            onDelete={() => setIsDeleteOpen(true)}
          />
        }
      />
      <Grid
        templateColumns={{ base: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }}
        gap="6"
        alignItems="start"
      >
        <EmployeeSummaryCard employee={record} />
        <EmployeeReportsCard employeeId={record.id} />
      </Grid>
      <EmployeeFormDialog open={isEditOpen} onOpenChange={setIsEditOpen} employee={record} />
      <DeleteEmployeeDialog
        employee={record}
        open={isDeleteOpen}
        onOpenChange={setIsDeleteOpen}
        onDeleted={() => void navigate('/employees', { replace: true })}
      />
    </Stack>
  );
}

/** `/employees/:id`: the employee's details, manager and direct reports. */
export default function EmployeeDetailPage() {
  const { role } = useSession();
  const { id = '' } = useParams();
  return (
    <Stack gap="3" maxW="6xl">
      <RouterLink to="/employees" textStyle="sm" display="inline-flex" alignItems="center" gap="1" width="fit-content">
        <LuArrowLeft aria-hidden /> Employees
      </RouterLink>
      {isEmployeeId(id) ? (
        <EmployeeDetail key={id} employeeId={Number(id)} />
      ) : (
        <LoadErrorPanel
          error={{ status: 404, message: 'Not found.' }}
          roleName={roleLabel(role)}
          subject="this employee"
        />
      )}
    </Stack>
  );
}
