import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LuArrowRightLeft, LuTag, LuTrash2, LuUserPlus } from 'react-icons/lu';
import type { QueryKey } from '@tanstack/react-query';
import { can, type BulkResult } from '@crm/contracts';
import {
  Button,
  ConfirmDialog,
  FormField,
  SelectNative,
  Stack,
  Text,
  notifySuccess,
  type SelectOption,
} from '@/components/ui';
import {
  BulkActionBar,
  BulkResultPanel,
  bulkTargetOf,
  hasSelection,
  selectedCount,
  useRowSelection,
  type RowSelection,
} from '@/components/ui/bulk-actions';
import type { ListSelection } from '@/components/ui/list-view';
import { useSession } from '@/lib/auth/session';
import { AssigneePicker, mayAssignOnlySelf } from '@/features/employees';
import { useBulkAction, type BulkAction, type BulkResource } from '../api/run-bulk-action';

/** What a list's rows must carry: their id and what the caller may do with each. */
export interface BulkRecord {
  id: number;
  permissions: { update: boolean; delete: boolean; assign: boolean };
}

export interface RecordBulkConfig<T extends BulkRecord> {
  resource: BulkResource;
  /** Singular and plural: ["lead", "leads"]. */
  noun: readonly [string, string];
  /** The list's filters and search, without paging or ordering: what "all matching" sends. */
  filter: Record<string, string | number>;
  /** The page on screen. */
  rows: readonly T[] | undefined;
  /** Records matching the filters. */
  total: number;
  /** How a row is named in its checkbox and in a refusal: "LEAD-004 Ann Lee". */
  describe: (row: T) => string;
  /** Offers "Set status" with these choices (customers, leads). */
  statusOptions?: readonly SelectOption[];
  /** Offers "Move to stage" with these choices (deals: the stages of the pipeline shown). */
  stageOptions?: readonly SelectOption[];
  /** The caches the action may have changed. */
  invalidate: readonly QueryKey[];
}

type DialogKind = 'assign' | 'status' | 'stage' | 'delete';

interface RecordBulkBarProps<T extends BulkRecord> extends RecordBulkConfig<T> {
  selection: RowSelection;
  mayUpdate: boolean;
  mayDelete: boolean;
}

const isSelectable = (row: BulkRecord) => row.permissions.update || row.permissions.delete || row.permissions.assign;

function RecordBulkBar<T extends BulkRecord>(props: RecordBulkBarProps<T>) {
  const { resource, noun, selection, total, rows, mayUpdate, mayDelete, describe } = props;
  const { role } = useSession();
  const bulk = useBulkAction(resource, props.invalidate);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [assignee, setAssignee] = useState<number | null | undefined>(undefined);
  const [assigneeName, setAssigneeName] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  // What the open dialog is about, as it was when it opened: the selection clears as it closes.
  const [target, setTarget] = useState({ counted: '', allMatching: false });
  const [outcome, setOutcome] = useState<{ verb: string; result: BulkResult } | null>(null);
  // Names of every row seen, so refusals on other pages still read as records, not ids.
  const names = useRef(new Map<number, string>());
  useEffect(() => {
    for (const row of rows ?? []) names.current.set(row.id, describe(row));
  }, [rows, describe]);

  if (!outcome && !hasSelection(selection)) return null;
  const count = selectedCount(selection, total);
  const counted = `${String(count)} ${count === 1 ? noun[0] : noun[1]}`;
  const pageIds = (rows ?? []).filter(isSelectable).map((row) => row.id);

  const open = (kind: DialogKind) => {
    setTarget({ counted, allMatching: selection.allMatching });
    setAssignee(undefined);
    setChoice('');
    setDialog(kind);
  };
  const run = (action: BulkAction, verb: string) =>
    bulk.mutate(
      { target: bulkTargetOf(selection, props.filter), action },
      {
        onSuccess: (result) => {
          setOutcome({ verb, result });
          selection.clear();
          setDialog(null);
          const refused = result.refused.length > 0 ? `, ${String(result.refused.length)} refused` : '';
          notifySuccess(
            verb,
            `${String(result.done.length)} ${result.done.length === 1 ? noun[0] : noun[1]}${refused}.`,
          );
        },
        onError: () => setDialog(null),
      },
    );
  const labelOf = (options: readonly SelectOption[] | undefined) =>
    options?.find((option) => option.value === choice)?.label ?? choice;
  const dialogState = (kind: DialogKind) => ({
    open: dialog === kind,
    onOpenChange: (isOpen: boolean) => setDialog(isOpen ? kind : null),
    isPending: bulk.isPending,
  });

  return (
    <Stack gap="2">
      {outcome && (
        <BulkResultPanel
          result={outcome.result}
          verb={outcome.verb}
          noun={noun}
          nameOf={(id) => names.current.get(id) ?? `#${String(id)}`}
          onDismiss={() => setOutcome(null)}
        />
      )}
      <BulkActionBar selection={selection} total={total} pageIds={pageIds} noun={noun[1]}>
        {mayUpdate && (
          <Button size="sm" variant="outline" bg="bg.panel" onClick={() => open('assign')}>
            <LuUserPlus aria-hidden /> Assign…
          </Button>
        )}
        {mayUpdate && props.statusOptions && (
          <Button size="sm" variant="outline" bg="bg.panel" onClick={() => open('status')}>
            <LuTag aria-hidden /> Set status…
          </Button>
        )}
        {mayUpdate && props.stageOptions && (
          <Button size="sm" variant="outline" bg="bg.panel" onClick={() => open('stage')}>
            <LuArrowRightLeft aria-hidden /> Move to stage…
          </Button>
        )}
        {mayDelete && (
          <Button size="sm" variant="outline" bg="bg.panel" colorPalette="red" onClick={() => open('delete')}>
            <LuTrash2 aria-hidden /> Delete…
          </Button>
        )}
      </BulkActionBar>

      <ConfirmDialog
        {...dialogState('assign')}
        title={`Assign ${target.counted}`}
        confirmLabel={assignee === null ? 'Unassign' : 'Assign'}
        isConfirmDisabled={assignee === undefined}
        onConfirm={() =>
          run(
            { action: 'assign', assigned_to: assignee ?? null },
            assignee === null ? 'Unassigned' : `Assigned to ${assigneeName ?? 'the chosen employee'}`,
          )
        }
      >
        <Stack gap="3">
          <FormField label="Assign to" helperText="Clear the box to leave them unassigned.">
            <AssigneePicker
              value={assignee ?? null}
              onChange={(employeeId, chosen) => {
                setAssignee(employeeId);
                setAssigneeName(chosen?.full_name ?? null);
              }}
              onlySelf={mayAssignOnlySelf(role, resource)}
            />
          </FormField>
        </Stack>
      </ConfirmDialog>

      <ConfirmDialog
        {...dialogState('status')}
        title={`Set the status of ${target.counted}`}
        confirmLabel="Set status"
        isConfirmDisabled={choice === ''}
        onConfirm={() => run({ action: 'set_status', status: choice }, `Status set to ${labelOf(props.statusOptions)}`)}
      >
        <FormField label="New status">
          <SelectNative
            placeholder="Choose a status"
            options={props.statusOptions ?? []}
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value)}
          />
        </FormField>
      </ConfirmDialog>

      <ConfirmDialog
        {...dialogState('stage')}
        title={`Move ${target.counted}`}
        confirmLabel="Move"
        isConfirmDisabled={choice === ''}
        onConfirm={() =>
          run({ action: 'move_stage', stage_id: Number(choice) }, `Moved to ${labelOf(props.stageOptions)}`)
        }
      >
        <FormField label="Stage" helperText="Deals of another pipeline stay where they are.">
          <SelectNative
            placeholder="Choose a stage"
            options={props.stageOptions ?? []}
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value)}
          />
        </FormField>
      </ConfirmDialog>

      <ConfirmDialog
        {...dialogState('delete')}
        title={`Delete ${target.counted}?`}
        confirmLabel={`Delete ${target.counted}`}
        isDestructive
        onConfirm={() => run({ action: 'delete' }, 'Deleted')}
      >
        <Text>
          {target.allMatching
            ? `All ${target.counted} matching the current filters will be deleted.`
            : `The ${target.counted} you selected will be deleted.`}{' '}
          This cannot be undone.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}

export interface RecordBulkActions<T> {
  /** For ListView's `selection`; undefined for roles that may do no bulk action. */
  selection: ListSelection<T> | undefined;
  /** For ListView's `bulkBar`. */
  bulkBar: ReactNode;
}

/**
 * Bulk actions on a list of customers, leads or deals (PRODUCT §6): rows the caller may act on get
 * a checkbox, and the bar offers Assign, Set status or Move to stage for roles that may update,
 * and Delete for roles that may delete. The server decides per record; the result lists refusals.
 */
export function useRecordBulkActions<T extends BulkRecord>(config: RecordBulkConfig<T>): RecordBulkActions<T> {
  const { role } = useSession();
  const selection = useRowSelection(JSON.stringify(config.filter));
  const mayUpdate = can(role, config.resource, 'update');
  const mayDelete = can(role, config.resource, 'delete');
  if (!mayUpdate && !mayDelete) return { selection: undefined, bulkBar: null };
  return {
    selection: {
      state: selection,
      getRowId: (row) => row.id,
      rowLabel: (row) => `Select ${config.describe(row)}`,
      isRowSelectable: isSelectable,
    },
    bulkBar: <RecordBulkBar {...config} selection={selection} mayUpdate={mayUpdate} mayDelete={mayDelete} />,
  };
}
