import { LuChevronDown, LuChevronRight } from 'react-icons/lu';
import type { AuditLogEntry } from '@crm/contracts';
import { Badge, Button, RelativeTime, RouterLink, Text } from '@/components/ui';
import { EmptyValue, type ListColumn } from '@/components/ui/list-view';
import { fieldLabel, recordNameIn, visibleFields } from '@/features/activities';
import { readableChanges } from '../lib/audit-changes';
import { humanize, resourcePath } from '../lib/audit-log-list-config';

const ACTION_PALETTES: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  won: 'green',
  lost: 'red',
};

/** The record by name when the entry carries it ("Customer “Globex”"), else by its number. */
function ResourceCell({ entry }: { entry: AuditLogEntry }) {
  const name = recordNameIn(entry.changes);
  const label = `${humanize(entry.resource_type)}${
    name ? ` “${name}”` : entry.resource_id === null ? '' : ` #${String(entry.resource_id)}`
  }`;
  const path = entry.action === 'delete' ? null : resourcePath(entry.resource_type, entry.resource_id);
  return path ? <RouterLink to={path}>{label}</RouterLink> : <Text as="span">{label}</Text>;
}

/** One row per event; a row with field changes has a toggle that unfolds each old → new value. */
export const AUDIT_LOG_COLUMNS: ListColumn<AuditLogEntry>[] = [
  {
    id: 'time',
    header: 'Time',
    sortField: 'created_at',
    cellProps: { whiteSpace: 'nowrap' },
    cell: (entry) => <RelativeTime iso={entry.created_at} />,
  },
  {
    id: 'user',
    header: 'User',
    cell: (entry) =>
      entry.user_name ?? (
        <Text as="span" color="fg.muted">
          System
        </Text>
      ),
  },
  {
    id: 'action',
    header: 'Action',
    cell: (entry) => (
      <Badge variant="subtle" colorPalette={ACTION_PALETTES[entry.action] ?? 'gray'}>
        {humanize(entry.action)}
      </Badge>
    ),
  },
  { id: 'resource', header: 'Resource', cell: (entry) => <ResourceCell entry={entry} /> },
  {
    id: 'changes',
    header: 'Changes',
    cell: (entry, row) => {
      const changes = readableChanges(entry.changes, visibleFields);
      if (changes.length === 0) return <EmptyValue />;
      return (
        <Button
          size="xs"
          variant="ghost"
          aria-expanded={row.isExpanded}
          aria-controls={row.isExpanded ? row.detailsId : undefined}
          onClick={row.toggleExpanded}
        >
          {row.isExpanded ? <LuChevronDown aria-hidden /> : <LuChevronRight aria-hidden />}
          {changes.length === 1 ? humanize(fieldLabel(changes[0]?.field ?? '')) : `${String(changes.length)} fields`}
        </Button>
      );
    },
  },
];
