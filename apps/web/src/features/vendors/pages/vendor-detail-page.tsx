import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LuArrowLeft } from 'react-icons/lu';
import {
  Card,
  Grid,
  Heading,
  LoadErrorPanel,
  PageHeader,
  RouterLink,
  Skeleton,
  Stack,
  StatusBadge,
  Text,
  lazyDialog,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useVendor } from '../api/get-vendor';
import { DeleteVendorDialog } from '../components/delete-vendor-dialog';
import { VendorActions } from '../components/vendor-actions';
import { VendorSummaryCard } from '../components/vendor-summary-card';
import { VENDOR_STATUS_LABELS } from '../lib/vendor-labels';

const VendorFormDialog = lazyDialog(
  () => import('../components/vendor-form-dialog').then((m) => m.VendorFormDialog),
  (props) => props.open,
);

const MAX_ID = 2 ** 31 - 1;
const parseId = (raw: string) =>
  /^\d{1,10}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_ID ? Number(raw) : null;

function DetailSkeleton() {
  return (
    <Stack gap="6" aria-busy="true" aria-label="Loading the vendor">
      <Skeleton height="10" width="64" />
      <Grid templateColumns={{ base: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }} gap="6">
        <Skeleton height="80" />
        <Skeleton height="40" />
      </Grid>
    </Stack>
  );
}

function VendorDetail({ vendorId }: { vendorId: number }) {
  const { role } = useSession();
  const navigate = useNavigate();
  const vendor = useVendor(vendorId);
  const [isEditOpen, setIsEditOpen] = useState(false);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);

  if (vendor.isPending) return <DetailSkeleton />;
  if (vendor.isError) {
    return (
      <LoadErrorPanel
        error={toApiError(vendor.error)}
        roleName={roleLabel(role)}
        subject="this vendor"
        onRetry={() => void vendor.refetch()}
        isRetrying={vendor.isFetching}
      />
    );
  }

  const record = vendor.data;
  return (
    <Stack gap="6">
      <PageHeader
        title={record.name}
        meta={record.code}
        badges={<StatusBadge status={record.status} label={VENDOR_STATUS_LABELS[record.status]} />}
        actions={
          <VendorActions vendor={record} onEdit={() => setIsEditOpen(true)} onDelete={() => setIsDeleteOpen(true)} />
        }
      />
      <Grid
        templateColumns={{ base: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }}
        gap="6"
        alignItems="start"
      >
        <VendorSummaryCard vendor={record} />
        <Card.Root variant="outline">
          <Card.Header>
            <Heading as="h2" size="md">
              Notes
            </Heading>
          </Card.Header>
          <Card.Body>
            <Text whiteSpace="pre-wrap" color={record.notes ? 'fg' : 'fg.muted'}>
              {record.notes ?? 'No notes yet.'}
            </Text>
          </Card.Body>
        </Card.Root>
      </Grid>
      <VendorFormDialog open={isEditOpen} onOpenChange={setIsEditOpen} vendor={record} />
      <DeleteVendorDialog
        vendor={record}
        open={isDeleteOpen}
        onOpenChange={setIsDeleteOpen}
        onDeleted={() => void navigate('/vendors', { replace: true })}
      />
    </Stack>
  );
}

/** `/vendors/:id`: the vendor's details, notes, and its actions for the roles that may use them. */
export default function VendorDetailPage() {
  const { role } = useSession();
  const vendorId = parseId(useParams().id ?? '');
  return (
    <Stack gap="3" maxW="6xl">
      <RouterLink to="/vendors" textStyle="sm" display="inline-flex" alignItems="center" gap="1" width="fit-content">
        <LuArrowLeft aria-hidden /> Vendors
      </RouterLink>
      {vendorId !== null ? (
        <VendorDetail key={vendorId} vendorId={vendorId} />
      ) : (
        <LoadErrorPanel
          error={{ status: 404, message: 'Not found.' }}
          roleName={roleLabel(role)}
          subject="this vendor"
        />
      )}
    </Stack>
  );
}
