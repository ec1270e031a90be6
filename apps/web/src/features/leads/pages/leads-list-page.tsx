import { useNavigate } from 'react-router';
import { LuTarget } from 'react-icons/lu';
import { LEAD_ORDERING, LEAD_SOURCES, LEAD_STATUSES } from '@crm/contracts';
import { lazyDialog, useListUrlState, type ListUrlConfig, listFilterParams } from '@/components/ui';
import { ListView, useCreateDialog } from '@/components/ui/list-view';
import { ASSIGNEE_FILTER_VALUES, assigneeListFilter } from '@/lib/assignee-filter';
import { useOrganizationCurrency } from '@/features/organizations';
import { ExportButton } from '@/features/data-export';
import { useRecordBulkActions } from '@/features/work';
import { useLeads } from '../api/get-leads';
import { leadKeys } from '../api/lead-keys';
import { useLeadDialogs, useLeadStatusActions } from '../components/lead-actions';
import { leadColumns, leadPath } from '../components/lead-columns';
import {
  EDITABLE_LEAD_STATUS_OPTIONS,
  LEAD_SOURCE_OPTIONS,
  LEAD_STATUS_OPTIONS,
  leadDisplayName,
} from '../components/lead-labels';

const LeadFormDialog = lazyDialog(
  () => import('../components/lead-form-dialog').then((module) => module.LeadFormDialog),
  (props) => props.open,
);
const LeadDialogs = lazyDialog(
  () => import('../components/lead-dialogs').then((module) => module.LeadDialogs),
  (props) => props.dialog !== null,
);

const LIST_CONFIG: ListUrlConfig<'status' | 'source' | 'assigned_to'> = {
  orderingFields: LEAD_ORDERING,
  filters: { status: LEAD_STATUSES, source: LEAD_SOURCES, assigned_to: ASSIGNEE_FILTER_VALUES },
};

export default function LeadsListPage() {
  const navigate = useNavigate();
  const list = useListUrlState(LIST_CONFIG);
  const leads = useLeads(list.apiParams);
  const currency = useOrganizationCurrency();
  const statusActions = useLeadStatusActions();
  const { dialog, openDialog, closeDialog } = useLeadDialogs();
  const createDialog = useCreateDialog('leads', 'lead');
  const bulk = useRecordBulkActions({
    resource: 'leads',
    noun: ['lead', 'leads'],
    filter: listFilterParams(list.apiParams),
    rows: leads.data?.results,
    total: leads.data?.count ?? 0,
    describe: (lead) => `${leadDisplayName(lead)} (${lead.code})`,
    statusOptions: EDITABLE_LEAD_STATUS_OPTIONS,
    invalidate: [leadKeys.all],
  });

  return (
    <ListView
      title="Leads"
      create={createDialog.create}
      actions={<ExportButton resource="leads" filters={listFilterParams(list.apiParams)} />}
      list={list}
      query={leads}
      search={{ label: 'Search leads' }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: LEAD_STATUS_OPTIONS },
        { key: 'source', label: 'Source', placeholder: 'All sources', options: LEAD_SOURCE_OPTIONS },
        assigneeListFilter,
      ]}
      selection={bulk.selection}
      bulkBar={bulk.bulkBar}
      columns={leadColumns({
        currency,
        onQualify: statusActions.qualify,
        onDisqualify: statusActions.disqualify,
        onOpenDialog: openDialog,
      })}
      getRowKey={(lead) => lead.id}
      getRowHref={leadPath}
      itemLabel="leads"
      empty={{
        icon: <LuTarget />,
        filterHint: 'Try another search, status, source or assignee.',
        description: 'Leads are people and companies who might buy; qualify them, then convert them into customers.',
      }}
      maxW="7xl"
    >
      <LeadFormDialog open={createDialog.isOpen} onOpenChange={createDialog.setIsOpen} />
      <LeadDialogs
        dialog={dialog}
        onClose={closeDialog}
        onConverted={({ customer }) => void navigate(`/customers/${String(customer.id)}`)}
      />
    </ListView>
  );
}
