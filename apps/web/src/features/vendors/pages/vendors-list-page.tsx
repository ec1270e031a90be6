import { LuTruck } from 'react-icons/lu';
import { lazyDialog, useListUrlState, listFilterParams } from '@/components/ui';
import { ListView, useCreateDialog } from '@/components/ui/list-view';
import { useVendors } from '../api/get-vendors';
import { VENDOR_COLUMNS, vendorPath } from '../components/vendor-columns';
import { VendorStatsCards } from '../components/vendor-stats-cards';
import { VENDOR_STATUS_OPTIONS, VENDOR_TYPE_OPTIONS } from '../lib/vendor-labels';
import { VENDOR_LIST_CONFIG } from '../lib/vendor-list-config';
import { ExportButton } from '@/features/data-export';

const VendorFormDialog = lazyDialog(
  () => import('../components/vendor-form-dialog').then((m) => m.VendorFormDialog),
  (props) => props.open,
);

/** `/vendors`: suppliers and contractors, with totals above the list. */
export default function VendorsListPage() {
  const list = useListUrlState(VENDOR_LIST_CONFIG);
  const vendors = useVendors(list.apiParams);
  const createDialog = useCreateDialog('vendors', 'vendor');

  return (
    <ListView
      title="Vendors"
      create={createDialog.create}
      actions={<ExportButton resource="vendors" filters={listFilterParams(list.apiParams)} />}
      aboveToolbar={<VendorStatsCards />}
      list={list}
      query={vendors}
      search={{ label: 'Search vendors' }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: VENDOR_STATUS_OPTIONS },
        { key: 'vendor_type', label: 'Type', placeholder: 'All types', options: VENDOR_TYPE_OPTIONS, width: '48' },
      ]}
      columns={VENDOR_COLUMNS}
      getRowKey={(vendor) => vendor.id}
      getRowHref={vendorPath}
      itemLabel="vendors"
      empty={{
        icon: <LuTruck />,
        filterHint: 'Try another search or filter.',
        description: 'Vendors are the suppliers, contractors and consultants you buy from.',
      }}
      maxW="7xl"
    >
      <VendorFormDialog open={createDialog.isOpen} onOpenChange={createDialog.setIsOpen} />
    </ListView>
  );
}
