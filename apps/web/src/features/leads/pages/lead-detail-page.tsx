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
import { useOrganizationCurrency } from '@/features/customers/hooks/use-organization-currency';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useLead } from '../api/get-lead';
import { availableLeadActions, useLeadDialogs, useLeadStatusActions } from '../components/lead-actions';
import { LeadHeaderActions } from '../components/lead-header-actions';
import { leadDisplayName } from '../components/lead-labels';
import { LeadScoreBadge } from '../components/lead-score-badge';
import { LeadSummaryCard } from '../components/lead-summary-card';

const LeadDialogs = lazyDialog(
  () => import('../components/lead-dialogs').then((module) => module.LeadDialogs),
  (props) => props.dialog !== null,
);

function DetailSkeleton() {
  return (
    <Stack gap="6" aria-busy="true" aria-label="Loading the lead">
      <Skeleton height="10" width="64" />
      <Grid templateColumns={{ base: '1fr', lg: 'minmax(0, 1fr) minmax(0, 2fr)' }} gap="6">
        <Skeleton height="80" />
        <Skeleton height="80" />
      </Grid>
    </Stack>
  );
}

function LeadDetail({ leadId }: { leadId: number }) {
  const { role } = useSession();
  const navigate = useNavigate();
  const lead = useLead(leadId);
  const currency = useOrganizationCurrency();
  const statusActions = useLeadStatusActions();
  const { dialog, openDialog, closeDialog } = useLeadDialogs();

  if (lead.isPending) return <DetailSkeleton />;
  if (lead.isError) {
    return (
      <LoadErrorPanel
        error={toApiError(lead.error)}
        roleName={roleLabel(role)}
        subject="this lead"
        onRetry={() => void lead.refetch()}
        isRetrying={lead.isFetching}
      />
    );
  }

  const record = lead.data;
  return (
    <Stack gap="6">
      <PageHeader
        title={leadDisplayName(record)}
        meta={record.code}
        badges={
          <>
            <StatusBadge status={record.status} />
            <LeadScoreBadge score={record.score} />
          </>
        }
        actions={
          <LeadHeaderActions
            lead={record}
            actions={availableLeadActions(record, role)}
            isStatusPending={statusActions.isPending}
            onQualify={() => statusActions.qualify(record)}
            onDisqualify={() => statusActions.disqualify(record)}
            onOpenDialog={(kind) => openDialog(kind, record)}
          />
        }
      />
      <Grid templateColumns={{ base: '1fr', lg: 'minmax(0, 1fr) minmax(0, 2fr)' }} gap="6" alignItems="start">
        <LeadSummaryCard lead={record} currency={currency} />
        <TimelineSection subject={{ kind: 'leads', id: record.id }} />
      </Grid>
      <LeadDialogs
        dialog={dialog}
        onClose={closeDialog}
        onConverted={({ customer }) => void navigate(`/customers/${String(customer.id)}`)}
        onDeleted={() => void navigate('/leads', { replace: true })}
      />
    </Stack>
  );
}

export default function LeadDetailPage() {
  const { role } = useSession();
  const leadId = Number(useParams().id);
  const isValidId = Number.isInteger(leadId) && leadId > 0;
  return (
    <Stack gap="3" maxW="7xl">
      <RouterLink to="/leads" textStyle="sm" display="inline-flex" alignItems="center" gap="1" width="fit-content">
        <LuArrowLeft aria-hidden /> Leads
      </RouterLink>
      {isValidId ? (
        <LeadDetail key={leadId} leadId={leadId} />
      ) : (
        <LoadErrorPanel error={{ status: 404, message: 'Not found.' }} roleName={roleLabel(role)} subject="this lead" />
      )}
    </Stack>
  );
}
