import { useNavigate } from 'react-router';
import { StatusBadge, lazyDialog } from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { TimelineSection } from '@/features/activities';
import { ClaimButton } from '@/features/employees';
import { useOrganizationCurrency } from '@/features/organizations';
import { useLead } from '../api/get-lead';
import { useUpdateLead } from '../api/update-lead';
import { availableLeadActions, useLeadDialogs, useLeadStatusActions } from '../components/lead-actions';
import { LeadHeaderActions } from '../components/lead-header-actions';
import { leadDisplayName } from '../components/lead-labels';
import { LeadScoreBadge } from '../components/lead-score-badge';
import { LeadSummaryCard } from '../components/lead-summary-card';

const LeadDialogs = lazyDialog(
  () => import('../components/lead-dialogs').then((module) => module.LeadDialogs),
  (props) => props.dialog !== null,
);

function LeadDetail({ leadId }: { leadId: number }) {
  const navigate = useNavigate();
  const lead = useLead(leadId);
  const updateLead = useUpdateLead();
  const currency = useOrganizationCurrency();
  const statusActions = useLeadStatusActions();
  const { dialog, openDialog, closeDialog } = useLeadDialogs();

  return (
    <QueryView query={lead} subject="this lead" loading={<DetailSkeleton label="Loading the lead" />}>
      {(record) => (
        <RecordLayout
          header={{
            title: leadDisplayName(record),
            meta: record.code,
            badges: (
              <>
                <StatusBadge status={record.status} />
                <LeadScoreBadge score={record.score} />
              </>
            ),
            actions: (
              <>
                <ClaimButton
                  resource="leads"
                  record={record}
                  name={`${leadDisplayName(record)} (${record.code})`}
                  claim={(employeeId) => updateLead.mutateAsync({ id: record.id, body: { assigned_to: employeeId } })}
                />
                <LeadHeaderActions
                  lead={record}
                  actions={availableLeadActions(record)}
                  isStatusPending={statusActions.isPending}
                  onQualify={() => statusActions.qualify(record)}
                  onDisqualify={() => statusActions.disqualify(record)}
                  onOpenDialog={(kind) => openDialog(kind, record)}
                />
              </>
            ),
          }}
          primary={<LeadSummaryCard lead={record} currency={currency} />}
          secondary={
            <TimelineSection
              subject={{ kind: 'leads', id: record.id }}
              assignee={{ id: record.assigned_to, name: record.assigned_to_name }}
            />
          }
        >
          <LeadDialogs
            dialog={dialog}
            onClose={closeDialog}
            onConverted={({ customer }) => void navigate(`/customers/${String(customer.id)}`)}
            onDeleted={() => void navigate('/leads', { replace: true })}
          />
        </RecordLayout>
      )}
    </QueryView>
  );
}

/** `/leads/:id`: the lead's score and summary, its actions, and the timeline. */
export default function LeadDetailPage() {
  return (
    <DetailPage backTo="/leads" backLabel="Leads">
      {(id) => <LeadDetail leadId={id} />}
    </DetailPage>
  );
}
