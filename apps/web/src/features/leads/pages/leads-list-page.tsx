import { useNavigate } from 'react-router';
import { LuTarget } from 'react-icons/lu';
import { LEAD_ORDERING, LEAD_SOURCES, LEAD_STATUSES } from '@crm/contracts';
import { lazyDialog, useListUrlState, type ListUrlConfig } from '@/components/ui';
import { ListView, useCreateDialog } from '@/components/ui/list-view';
import { useSession } from '@/lib/auth/session';
import { useOrganizationCurrency } from '@/features/organizations';
import { useLeads } from '../api/get-leads';
import { useLeadDialogs, useLeadStatusActions } from '../components/lead-actions';
import { leadColumns, leadPath } from '../components/lead-columns';
import { LEAD_SOURCE_OPTIONS, LEAD_STATUS_OPTIONS } from '../components/lead-labels';

const LeadFormDialog = lazyDialog(
  () => import('../components/lead-form-dialog').then((module) => module.LeadFormDialog),
  (props) => props.open,
);
const LeadDialogs = lazyDialog(
  () => import('../components/lead-dialogs').then((module) => module.LeadDialogs),
  (props) => props.dialog !== null,
);

const LIST_CONFIG: ListUrlConfig<'status' | 'source'> = {
  orderingFields: LEAD_ORDERING,
  filters: { status: LEAD_STATUSES, source: LEAD_SOURCES },
};

export default function LeadsListPage() {
  const { role } = useSession();
  const navigate = useNavigate();
  const list = useListUrlState(LIST_CONFIG);
  const leads = useLeads(list.apiParams);
  const currency = useOrganizationCurrency();
  const statusActions = useLeadStatusActions();
  const { dialog, openDialog, closeDialog } = useLeadDialogs();
  const createDialog = useCreateDialog('leads', 'lead');

  return (
    <ListView
      title="Leads"
      create={createDialog.create}
      list={list}
      query={leads}
      search={{ label: 'Search leads' }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: LEAD_STATUS_OPTIONS },
        { key: 'source', label: 'Source', placeholder: 'All sources', options: LEAD_SOURCE_OPTIONS },
      ]}
      columns={leadColumns({
        role,
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
        filterHint: 'Try another search, status or source.',
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
