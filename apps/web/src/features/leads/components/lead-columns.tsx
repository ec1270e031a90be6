import type { Lead } from '@crm/contracts';
import { MoneyText, RelativeTime, StatusBadge } from '@/components/ui';
import { RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { availableLeadActions, type LeadDialogKind } from './lead-actions';
import { LEAD_SOURCE_LABELS, leadDisplayName } from './lead-labels';
import { LeadRowMenu } from './lead-row-menu';
import { LeadScoreBadge } from './lead-score-badge';

export const leadPath = (lead: Pick<Lead, 'id'>) => `/leads/${String(lead.id)}`;

interface LeadColumnsOptions {
  currency: string | undefined;
  onQualify: (lead: Lead) => void;
  onDisqualify: (lead: Lead) => void;
  onOpenDialog: (kind: LeadDialogKind, lead: Lead) => void;
}

/** The leads table: who, score, status, source, value, owner, age, and each row's actions. */
export function leadColumns({ currency, ...handlers }: LeadColumnsOptions): ListColumn<Lead>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      sortField: 'first_name',
      cellProps: { maxW: 'xs' },
      cell: (lead) => (
        <RecordLinkCell to={leadPath(lead)} subtitle={`${lead.code}${lead.email ? ` · ${lead.email}` : ''}`}>
          {leadDisplayName(lead)}
        </RecordLinkCell>
      ),
    },
    {
      id: 'company',
      header: 'Company',
      sortField: 'company',
      cellProps: { maxW: '48', truncate: true },
      cell: (l) => l.company ?? '—',
    },
    { id: 'score', header: 'Score', sortField: 'score', cell: (l) => <LeadScoreBadge score={l.score} /> },
    { id: 'status', header: 'Status', sortField: 'status', cell: (l) => <StatusBadge status={l.status} /> },
    { id: 'source', header: 'Source', cell: (l) => LEAD_SOURCE_LABELS[l.source] },
    {
      id: 'estimated_value',
      header: 'Estimated value',
      sortField: 'estimated_value',
      align: 'end',
      cell: (l) => <MoneyText amount={l.estimated_value} currency={currency} />,
    },
    { id: 'assigned', header: 'Assigned to', cell: (l) => l.assigned_to_name ?? '—' },
    {
      id: 'created',
      header: 'Created',
      sortField: 'created_at',
      cellProps: { color: 'fg.muted' },
      cell: (l) => <RelativeTime iso={l.created_at} />,
    },
    {
      id: 'actions',
      header: 'Actions',
      isHeaderHidden: true,
      width: '12',
      align: 'end',
      cell: (lead) => (
        <LeadRowMenu
          lead={lead}
          actions={availableLeadActions(lead)}
          onQualify={() => handlers.onQualify(lead)}
          onDisqualify={() => handlers.onDisqualify(lead)}
          onOpenDialog={(kind) => handlers.onOpenDialog(kind, lead)}
        />
      ),
    },
  ];
}
