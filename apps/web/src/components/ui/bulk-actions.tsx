// Import this file directly, not through the index: list pages load it with their tables.
import { useState, type ReactNode } from 'react';
import { LuX } from 'react-icons/lu';
import { Checkbox } from '@chakra-ui/react';
import type { BulkResult } from '@crm/contracts';
import { Alert, Button, CloseButton, Flex, HStack, List, Stack, Text } from './primitives';

/**
 * Bulk actions on a list (PRODUCT §6): which rows are chosen, the bar of actions over them, and what
 * the server did with each. The same parts serve every list; each list brings its own actions.
 */

export interface RowSelection {
  /** The rows ticked one by one (on any page). */
  ids: ReadonlySet<number>;
  /** "Select all N matching": the action goes to the list's filter, not to ids. */
  allMatching: boolean;
  isSelected: (id: number) => boolean;
  /** `pageIds` lets unticking one row leave "all matching" for the rest of the page. */
  toggle: (id: number, selected: boolean, pageIds: readonly number[]) => void;
  setMany: (ids: readonly number[], selected: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
}

interface SelectionState {
  scope: string;
  ids: ReadonlySet<number>;
  allMatching: boolean;
}

const emptySelection = (scope: string): SelectionState => ({ scope, ids: new Set(), allMatching: false });

/**
 * The selection of a list. `scope` names what the list shows (its filters and search): when it
 * changes, the selection starts again, so an action never reaches rows the user no longer sees.
 * Paging and sorting keep it.
 */
export function useRowSelection(scope: string): RowSelection {
  const [stored, setStored] = useState<SelectionState>(() => emptySelection(scope));
  const state = stored.scope === scope ? stored : emptySelection(scope);
  const update = (next: (current: SelectionState) => SelectionState) =>
    setStored((previous) => next(previous.scope === scope ? previous : emptySelection(scope)));

  return {
    ids: state.ids,
    allMatching: state.allMatching,
    isSelected: (id) => state.allMatching || state.ids.has(id),
    toggle: (id, selected, pageIds) =>
      update((current) => {
        const ids = new Set(current.allMatching ? pageIds : current.ids);
        if (selected) ids.add(id);
        else ids.delete(id);
        return { scope, ids, allMatching: false };
      }),
    setMany: (ids, selected) =>
      update((current) => {
        const next = new Set(current.allMatching ? [] : current.ids);
        for (const id of ids) {
          if (selected) next.add(id);
          else next.delete(id);
        }
        return { scope, ids: next, allMatching: false };
      }),
    selectAllMatching: () => update(() => ({ scope, ids: new Set(), allMatching: true })),
    clear: () => update(() => emptySelection(scope)),
  };
}

/** How many records an action would reach. */
export function selectedCount(selection: RowSelection, total: number): number {
  return selection.allMatching ? total : selection.ids.size;
}

export function hasSelection(selection: RowSelection): boolean {
  return selection.allMatching || selection.ids.size > 0;
}

/** The body's target: the ticked ids, or the list's filters for "all matching". */
export function bulkTargetOf<F>(selection: RowSelection, filter: F): { ids: number[] } | { filter: F } {
  return selection.allMatching ? { filter } : { ids: [...selection.ids] };
}

export interface RowCheckboxProps {
  checked: boolean | 'indeterminate';
  onCheckedChange: (checked: boolean) => void;
  /** Names the box for screen readers: "Select Globex". */
  label: string;
  disabled?: boolean;
}

/** A bare checkbox named for screen readers: a table's row or "select the page" box. */
export function RowCheckbox({ checked, onCheckedChange, label, disabled }: RowCheckboxProps) {
  return (
    <Checkbox.Root
      checked={checked}
      onCheckedChange={(details) => onCheckedChange(details.checked === true)}
      disabled={disabled}
      colorPalette="brand"
      size="sm"
      verticalAlign="middle"
    >
      <Checkbox.HiddenInput aria-label={label} />
      <Checkbox.Control />
    </Checkbox.Root>
  );
}

export interface BulkActionBarProps {
  selection: RowSelection;
  /** Records matching the list's filters. */
  total: number;
  /** The ids of the selectable rows on this page. */
  pageIds: readonly number[];
  /** Plural noun: "leads". */
  noun: string;
  /** The actions: buttons that open their dialogs. */
  children: ReactNode;
}

/**
 * Shown while rows are ticked: how many, "Select all N matching" once the whole page is, the
 * actions, and a way out. It is a toolbar, so screen readers announce it as one group.
 */
export function BulkActionBar({ selection, total, pageIds, noun, children }: BulkActionBarProps) {
  if (!hasSelection(selection)) return null;
  const count = selectedCount(selection, total);
  const isPageSelected = pageIds.length > 0 && pageIds.every((id) => selection.isSelected(id));
  const canSelectAll = !selection.allMatching && isPageSelected && total > selection.ids.size;
  return (
    <Flex
      role="toolbar"
      aria-label={`Actions on the selected ${noun}`}
      data-testid="bulk-action-bar"
      gap="2"
      wrap="wrap"
      align="center"
      px="3"
      py="2"
      borderWidth="1px"
      borderRadius="md"
      bg="brand.subtle"
      borderColor="brand.muted"
    >
      <Text fontWeight="medium" aria-live="polite" me="2">
        {selection.allMatching ? `All ${String(count)} matching ${noun} selected` : `${String(count)} selected`}
      </Text>
      {canSelectAll && (
        <Button size="sm" variant="ghost" onClick={selection.selectAllMatching}>
          Select all {total} matching
        </Button>
      )}
      <HStack gap="2" wrap="wrap" flex="1">
        {children}
      </HStack>
      <Button size="sm" variant="ghost" onClick={selection.clear}>
        <LuX aria-hidden /> Clear selection
      </Button>
    </Flex>
  );
}

const REFUSAL_LABELS: Record<BulkResult['refused'][number]['code'], string> = {
  not_found: 'Not found',
  permission_denied: 'Not allowed',
  conflict: 'Conflict',
};

export interface BulkResultPanelProps {
  result: BulkResult;
  /** What was done, in the past tense: "Assigned to Sam Lee", "Deleted". */
  verb: string;
  /** Singular and plural nouns: ["lead", "leads"]. */
  noun: readonly [string, string];
  /** How a record reads in the list of refusals: "LEAD-004 Ann Lee", else its id. */
  nameOf: (id: number) => string;
  onDismiss: () => void;
}

/** What a bulk action did: how many records it changed, and each refused one with the reason. */
export function BulkResultPanel({ result, verb, noun, nameOf, onDismiss }: BulkResultPanelProps) {
  const { done, refused } = result;
  const nounFor = (count: number) => (count === 1 ? noun[0] : noun[1]);
  const status = refused.length === 0 ? 'success' : done.length === 0 ? 'error' : 'warning';
  return (
    <Alert.Root status={status} variant="subtle" borderRadius="md" data-testid="bulk-result" role="status">
      <Alert.Indicator />
      <Stack gap="1" flex="1" minW="0">
        <Alert.Title>
          {verb}: {done.length} {nounFor(done.length)}
          {refused.length > 0 && `, ${String(refused.length)} refused`}
        </Alert.Title>
        {refused.length > 0 && (
          <Alert.Description>
            <List.Root gap="1" ps="4" aria-label={`Refused ${noun[1]}`}>
              {refused.map((refusal) => (
                <List.Item key={refusal.id} wordBreak="break-word">
                  <Text as="span" fontWeight="medium">
                    {nameOf(refusal.id)}
                  </Text>
                  {' — '}
                  {REFUSAL_LABELS[refusal.code]} ({refusal.code}): {refusal.message}
                </List.Item>
              ))}
            </List.Root>
          </Alert.Description>
        )}
      </Stack>
      <CloseButton size="sm" aria-label="Dismiss the result" onClick={onDismiss} alignSelf="flex-start" />
    </Alert.Root>
  );
}
