import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Lead, Role } from '@crm/contracts';
import { MoneyText, RelativeTime, RouterLink, SortableColumnHeader, StatusBadge, Table, Text } from '@/components/ui';
import { availableLeadActions, type LeadDialogKind } from './lead-actions';
import { LEAD_SOURCE_LABELS, leadDisplayName } from './lead-labels';
import { LeadRowMenu } from './lead-row-menu';
import { LeadScoreBadge } from './lead-score-badge';

interface LeadsTableProps {
  leads: Lead[];
  role: Role;
  ordering: string | undefined;
  onSort: (ordering: string) => void;
  currency: string | undefined;
  isStale?: boolean;
  onQualify: (lead: Lead) => void;
  onDisqualify: (lead: Lead) => void;
  onOpenDialog: (kind: LeadDialogKind, lead: Lead) => void;
}

/** A click anywhere on a row opens the lead, except on the row's own links, buttons and menu. */
function isInteractiveTarget(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input, select, [role="menu"]') !== null;
}

export function LeadsTable({ leads, role, ordering, onSort, currency, isStale = false, ...handlers }: LeadsTableProps) {
  const navigate = useNavigate();
  const sortable = { ordering, onSort };
  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isStale ? 0.6 : 1} transition="opacity 0.2s">
      <Table.Root size="sm" interactive stickyHeader aria-label="Leads">
        <Table.Header>
          <Table.Row>
            <SortableColumnHeader label="Name" field="first_name" {...sortable} />
            <SortableColumnHeader label="Company" field="company" {...sortable} />
            <SortableColumnHeader label="Score" field="score" {...sortable} />
            <SortableColumnHeader label="Status" field="status" {...sortable} />
            <Table.ColumnHeader>Source</Table.ColumnHeader>
            <SortableColumnHeader label="Estimated value" field="estimated_value" isNumeric {...sortable} />
            <Table.ColumnHeader>Assigned to</Table.ColumnHeader>
            <SortableColumnHeader label="Created" field="created_at" {...sortable} />
            <Table.ColumnHeader width="12">
              <Text srOnly>Actions</Text>
            </Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {leads.map((lead) => (
            <Table.Row
              key={lead.id}
              cursor="pointer"
              onClick={(event) => {
                if (!isInteractiveTarget(event)) void navigate(`/leads/${String(lead.id)}`);
              }}
            >
              <Table.Cell maxW="xs">
                <RouterLink to={`/leads/${String(lead.id)}`} fontWeight="medium" truncate display="block">
                  {leadDisplayName(lead)}
                </RouterLink>
                <Text textStyle="xs" color="fg.muted" truncate>
                  {lead.code}
                  {lead.email ? ` · ${lead.email}` : ''}
                </Text>
              </Table.Cell>
              <Table.Cell maxW="48" truncate>
                {lead.company ?? '—'}
              </Table.Cell>
              <Table.Cell>
                <LeadScoreBadge score={lead.score} />
              </Table.Cell>
              <Table.Cell>
                <StatusBadge status={lead.status} />
              </Table.Cell>
              <Table.Cell>{LEAD_SOURCE_LABELS[lead.source]}</Table.Cell>
              <Table.Cell textAlign="end">
                <MoneyText amount={lead.estimated_value} currency={currency} />
              </Table.Cell>
              <Table.Cell>{lead.assigned_to_name ?? '—'}</Table.Cell>
              <Table.Cell color="fg.muted">
                <RelativeTime iso={lead.created_at} />
              </Table.Cell>
              <Table.Cell textAlign="end">
                <LeadRowMenu
                  lead={lead}
                  actions={availableLeadActions(lead, role)}
                  onQualify={() => handlers.onQualify(lead)}
                  onDisqualify={() => handlers.onDisqualify(lead)}
                  onOpenDialog={(kind) => handlers.onOpenDialog(kind, lead)}
                />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}
