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
import { TimelineSection } from '@/features/activities/components/timeline-section';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useCustomer } from '../api/get-customer';
import { CustomerActions } from '../components/customer-actions';
import { CustomerDealsCard } from '../components/customer-deals-card';
import { CustomerSummaryCard } from '../components/customer-summary-card';
import { DeleteCustomerDialog } from '../components/delete-customer-dialog';
import { useOrganizationCurrency } from '../hooks/use-organization-currency';

const CustomerFormDialog = lazyDialog(
  () => import('../components/customer-form-dialog').then((module) => module.CustomerFormDialog),
  (props) => props.open,
);

function DetailSkeleton() {
  return (
    <Stack gap="6" aria-busy="true" aria-label="Loading the customer">
      <Skeleton height="10" width="64" />
      <Grid templateColumns={{ base: '1fr', lg: 'minmax(0, 1fr) minmax(0, 2fr)' }} gap="6">
        <Skeleton height="80" />
        <Skeleton height="80" />
      </Grid>
    </Stack>
  );
}

function BackToCustomers() {
  return (
    <RouterLink to="/customers" textStyle="sm" display="inline-flex" alignItems="center" gap="1" width="fit-content">
      <LuArrowLeft aria-hidden /> Customers
    </RouterLink>
  );
}

function CustomerDetail({ customerId }: { customerId: number }) {
  const { role } = useSession();
  const navigate = useNavigate();
  const customer = useCustomer(customerId);
  const currency = useOrganizationCurrency();
  const [isEditOpen, setIsEditOpen] = useState(false);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);

  if (customer.isPending) return <DetailSkeleton />;
  if (customer.isError) {
    return (
      <LoadErrorPanel
        error={toApiError(customer.error)}
        roleName={roleLabel(role)}
        subject="this customer"
        onRetry={() => void customer.refetch()}
        isRetrying={customer.isFetching}
      />
    );
  }

  const record = customer.data;
  return (
    <Stack gap="6">
      <PageHeader
        title={record.name}
        meta={record.code}
        badges={<StatusBadge status={record.status} />}
        actions={
          <CustomerActions
            customer={record}
            onEdit={() => setIsEditOpen(true)}
            onDelete={() => setIsDeleteOpen(true)}
          />
        }
      />
      <Grid templateColumns={{ base: '1fr', lg: 'minmax(0, 1fr) minmax(0, 2fr)' }} gap="6" alignItems="start">
        <CustomerSummaryCard customer={record} currency={currency} />
        <Stack gap="6" minW="0">
          <CustomerDealsCard customerId={record.id} currency={currency} />
          <TimelineSection subject={{ kind: 'customers', id: record.id }} />
        </Stack>
      </Grid>
      <CustomerFormDialog open={isEditOpen} onOpenChange={setIsEditOpen} customer={record} />
      <DeleteCustomerDialog
        customer={record}
        open={isDeleteOpen}
        onOpenChange={setIsDeleteOpen}
        onDeleted={() => void navigate('/customers', { replace: true })}
      />
    </Stack>
  );
}

export default function CustomerDetailPage() {
  const { role } = useSession();
  const customerId = Number(useParams().id);
  const isValidId = Number.isInteger(customerId) && customerId > 0;
  return (
    <Stack gap="3" maxW="7xl">
      <BackToCustomers />
      {isValidId ? (
        <CustomerDetail key={customerId} customerId={customerId} />
      ) : (
        <LoadErrorPanel
          error={{ status: 404, message: 'Not found.' }}
          roleName={roleLabel(role)}
          subject="this customer"
        />
      )}
    </Stack>
  );
}
