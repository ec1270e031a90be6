import { Fragment, useState } from 'react';
import { LuChevronDown, LuChevronRight } from 'react-icons/lu';
import type { AuditLogEntry } from '@crm/contracts';
import { Badge, Button, RelativeTime, RouterLink, SortableColumnHeader, Table, Text } from '@/components/ui';
import { toFieldChanges } from '../lib/audit-changes';
import { humanize, resourcePath } from '../lib/audit-log-list-config';
import { AuditChangesList } from './audit-changes-list';

interface AuditLogTableProps {
  entries: readonly AuditLogEntry[];
  ordering: string | undefined;
  onSort: (ordering: string) => void;
  isStale?: boolean;
}

const ACTION_PALETTES: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  won: 'green',
  lost: 'red',
};

function ResourceCell({ entry }: { entry: AuditLogEntry }) {
  const label = `${humanize(entry.resource_type)}${entry.resource_id === null ? '' : ` #${String(entry.resource_id)}`}`;
  const path = entry.action === 'delete' ? null : resourcePath(entry.resource_type, entry.resource_id);
  return path ? <RouterLink to={path}>{label}</RouterLink> : <Text as="span">{label}</Text>;
}

/** One row per event; a row with field changes expands to show each old → new value. */
export function AuditLogTable({ entries, ordering, onSort, isStale = false }: AuditLogTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isStale ? 0.6 : 1} transition="opacity 0.2s">
      <Table.Root size="sm" stickyHeader aria-label="Audit log">
        <Table.Header>
          <Table.Row>
            <SortableColumnHeader
              label="Time"
              field="created_at"
              ordering={ordering ?? '-created_at'}
              onSort={onSort}
            />
            <Table.ColumnHeader>User</Table.ColumnHeader>
            <Table.ColumnHeader>Action</Table.ColumnHeader>
            <Table.ColumnHeader>Resource</Table.ColumnHeader>
            <Table.ColumnHeader>Changes</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((entry) => {
            const changes = toFieldChanges(entry.changes);
            const isOpen = expanded.has(entry.id);
            const detailsId = `audit-changes-${String(entry.id)}`;
            return (
              <Fragment key={entry.id}>
                <Table.Row data-testid="audit-log-row">
                  <Table.Cell whiteSpace="nowrap">
                    <RelativeTime iso={entry.created_at} />
                  </Table.Cell>
                  <Table.Cell>
                    {entry.user_name ?? (
                      <Text as="span" color="fg.muted">
                        System
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge variant="subtle" colorPalette={ACTION_PALETTES[entry.action] ?? 'gray'}>
                      {humanize(entry.action)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <ResourceCell entry={entry} />
                  </Table.Cell>
                  <Table.Cell>
                    {changes.length === 0 ? (
                      <Text as="span" color="fg.subtle">
                        —
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="ghost"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? detailsId : undefined}
                        onClick={() => toggle(entry.id)}
                      >
                        {isOpen ? <LuChevronDown aria-hidden /> : <LuChevronRight aria-hidden />}
                        {changes.length === 1 ? changes[0]?.field : `${String(changes.length)} fields`}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
                {isOpen && (
                  <Table.Row id={detailsId} bg="bg.subtle">
                    <Table.Cell colSpan={5} py="3" px="6">
                      <AuditChangesList changes={changes} />
                    </Table.Cell>
                  </Table.Row>
                )}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}
