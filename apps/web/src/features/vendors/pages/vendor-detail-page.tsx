import { SectionCard, StatusBadge, Text, lazyDialog } from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { RecordActions, useRecordDialogs } from '@/components/ui/record-actions';
import { useVendor } from '../api/get-vendor';
import { DeleteVendorDialog } from '../components/delete-vendor-dialog';
import { VendorSummaryCard } from '../components/vendor-summary-card';
import { VENDOR_STATUS_LABELS } from '../lib/vendor-labels';

const VendorFormDialog = lazyDialog(
  () => import('../components/vendor-form-dialog').then((m) => m.VendorFormDialog),
  (props) => props.open,
);

/** Details are the larger column here; notes are short. */
const COLUMNS = 'minmax(0, 3fr) minmax(0, 2fr)';

function VendorNotesCard({ notes }: { notes: string | null }) {
  return (
    <SectionCard title="Notes">
      <Text whiteSpace="pre-wrap" color={notes ? 'fg' : 'fg.muted'}>
        {notes ?? 'No notes yet.'}
      </Text>
    </SectionCard>
  );
}

function VendorDetail({ vendorId }: { vendorId: number }) {
  const vendor = useVendor(vendorId);
  const dialogs = useRecordDialogs('/vendors');
  const loading = <DetailSkeleton label="Loading the vendor" columns={COLUMNS} cardHeights={['80', '40']} />;

  return (
    <QueryView query={vendor} subject="this vendor" loading={loading}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.name,
            meta: record.code,
            badges: <StatusBadge status={record.status} label={VENDOR_STATUS_LABELS[record.status]} />,
            actions: <RecordActions resource="vendors" kind="vendor" name={record.name} {...dialogs.actions} />,
          }}
          columns={COLUMNS}
          primary={<VendorSummaryCard vendor={record} />}
          secondary={<VendorNotesCard notes={record.notes} />}
        >
          <VendorFormDialog {...dialogs.edit} vendor={record} />
          <DeleteVendorDialog {...dialogs.remove} vendor={record} />
        </RecordLayout>
      )}
    </QueryView>
  );
}

/** `/vendors/:id`: the vendor's details, notes, and its actions for the roles that may use them. */
export default function VendorDetailPage() {
  return (
    <DetailPage backTo="/vendors" backLabel="Vendors" maxW="6xl">
      {(id) => <VendorDetail vendorId={id} />}
    </DetailPage>
  );
}
