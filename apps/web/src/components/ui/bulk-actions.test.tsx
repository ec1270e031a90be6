import { describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UiProvider } from './provider';
import {
  BulkActionBar,
  BulkResultPanel,
  bulkTargetOf,
  selectedCount,
  useRowSelection,
  type RowSelection,
} from './bulk-actions';

describe('useRowSelection', () => {
  it('ticks rows, selects all matching, and turns "all matching" back into ids when a row is unticked', () => {
    const { result } = renderHook(() => useRowSelection('status=new'));
    act(() => result.current.toggle(1, true, [1, 2, 3]));
    act(() => result.current.toggle(2, true, [1, 2, 3]));
    expect([...result.current.ids]).toEqual([1, 2]);
    expect(bulkTargetOf(result.current, { status: 'new' })).toEqual({ ids: [1, 2] });

    act(() => result.current.selectAllMatching());
    expect(result.current.isSelected(99)).toBe(true);
    expect(selectedCount(result.current, 57)).toBe(57);
    expect(bulkTargetOf(result.current, { status: 'new' })).toEqual({ filter: { status: 'new' } });

    act(() => result.current.toggle(3, false, [1, 2, 3]));
    expect(result.current.allMatching).toBe(false);
    expect([...result.current.ids]).toEqual([1, 2]);

    act(() => result.current.setMany([1, 2, 3], false));
    expect(result.current.ids.size).toBe(0);
  });

  it('starts again when the list shows something else (its filters change)', () => {
    const { result, rerender } = renderHook(({ scope }) => useRowSelection(scope), {
      initialProps: { scope: 'status=new' },
    });
    act(() => result.current.setMany([1, 2], true));
    expect(result.current.ids.size).toBe(2);
    rerender({ scope: 'status=contacted' });
    expect(result.current.ids.size).toBe(0);
  });
});

function selection(overrides: Partial<RowSelection>): RowSelection {
  return {
    ids: new Set([1, 2]),
    allMatching: false,
    isSelected: (id) => [1, 2].includes(id),
    toggle: vi.fn(),
    setMany: vi.fn(),
    selectAllMatching: vi.fn(),
    clear: vi.fn(),
    ...overrides,
  };
}

describe('BulkActionBar', () => {
  it('counts the selection, offers every matching record once the page is ticked, and clears', async () => {
    const state = selection({});
    render(
      <UiProvider>
        <BulkActionBar selection={state} total={57} pageIds={[1, 2]} noun="leads">
          <button type="button">Assign…</button>
        </BulkActionBar>
      </UiProvider>,
    );
    const bar = screen.getByRole('toolbar', { name: 'Actions on the selected leads' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Assign…' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(bar).getByRole('button', { name: 'Select all 57 matching' }));
    expect(state.selectAllMatching).toHaveBeenCalled();
    await user.click(within(bar).getByRole('button', { name: 'Clear selection' }));
    expect(state.clear).toHaveBeenCalled();
  });

  it('says when every matching record is selected, and is absent with nothing selected', () => {
    const { rerender } = render(
      <UiProvider>
        <BulkActionBar
          selection={selection({ ids: new Set(), allMatching: true, isSelected: () => true })}
          total={57}
          pageIds={[1, 2]}
          noun="leads"
        >
          {null}
        </BulkActionBar>
      </UiProvider>,
    );
    expect(screen.getByText('All 57 matching leads selected')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /select all/i })).not.toBeInTheDocument();
    rerender(
      <UiProvider>
        <BulkActionBar
          selection={selection({ ids: new Set(), isSelected: () => false })}
          total={57}
          pageIds={[1, 2]}
          noun="leads"
        >
          {null}
        </BulkActionBar>
      </UiProvider>,
    );
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });
});

describe('BulkResultPanel', () => {
  it('says what was done and lists each refused record by name with its code and message', async () => {
    const onDismiss = vi.fn();
    render(
      <UiProvider>
        <BulkResultPanel
          result={{
            done: [1, 2],
            refused: [
              { id: 3, code: 'permission_denied', message: 'You can only claim unassigned records for yourself.' },
              { id: 4, code: 'not_found', message: 'Not found.' },
            ],
          }}
          verb="Assigned"
          noun={['lead', 'leads']}
          nameOf={(id) => (id === 3 ? 'Ann Lee (LEAD-003)' : `#${String(id)}`)}
          onDismiss={onDismiss}
        />
      </UiProvider>,
    );
    expect(screen.getByText('Assigned: 2 leads, 2 refused')).toBeInTheDocument();
    const refused = within(screen.getByRole('list', { name: 'Refused leads' })).getAllByRole('listitem');
    expect(refused[0]).toHaveTextContent(
      'Ann Lee (LEAD-003) — Not allowed (permission_denied): You can only claim unassigned records for yourself.',
    );
    expect(refused[1]).toHaveTextContent('#4 — Not found (not_found): Not found.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss the result' }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
