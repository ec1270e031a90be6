import { describe, expect, it } from 'vitest';
import { visibleFields } from '@/features/activities';
import { formatAuditValue, readableChanges, toFieldChanges } from './audit-changes';
import { AUDIT_LOG_LIST_CONFIG, resourcePath } from './audit-log-list-config';
import { parseListUrlState } from '@/components/ui';

describe('toFieldChanges', () => {
  it('turns {field: {old, new}} into rows, keeping null as an empty value', () => {
    expect(toFieldChanges({ status: { old: 'new', new: 'qualified' }, email: { old: null, new: 'a@b.test' } })).toEqual(
      [
        { field: 'status', old: 'new', new: 'qualified' },
        { field: 'email', old: null, new: 'a@b.test' },
      ],
    );
  });

  it('shows a value of another shape as the new value only', () => {
    expect(toFieldChanges({ stage_ids: [3, 1, 2] })).toEqual([{ field: 'stage_ids', old: undefined, new: [3, 1, 2] }]);
    expect(toFieldChanges(null)).toEqual([]);
  });
});

describe('formatAuditValue', () => {
  it('reads empty values as "empty" and objects as JSON', () => {
    expect(formatAuditValue(null)).toBe('empty');
    expect(formatAuditValue('')).toBe('empty');
    expect(formatAuditValue(false)).toBe('false');
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe('audit log URL state', () => {
  it('keeps valid filters and drops what the API would refuse', () => {
    const state = parseListUrlState(
      new URLSearchParams(
        'user=7&action=update&resource_type=deal&created_after=2026-01-01&created_before=yesterday&ordering=-created_at',
      ),
      AUDIT_LOG_LIST_CONFIG,
    );
    expect(state.filters).toEqual({ user: '7', action: 'update', resource_type: 'deal', created_after: '2026-01-01' });
    expect(state.ordering).toBe('-created_at');
    expect(parseListUrlState(new URLSearchParams('user=0&action=drop_table'), AUDIT_LOG_LIST_CONFIG).filters).toEqual(
      {},
    );
  });

  it('links records that have a page of their own', () => {
    expect(resourcePath('deal', 4)).toBe('/deals/4');
    expect(resourcePath('membership', 4)).toBeNull();
  });
});

describe('readableChanges', () => {
  it('shows names instead of the ids beside them, and nothing the server derives', () => {
    const changes = readableChanges(
      {
        assigned_to: { old: null, new: 6 },
        assigned_to_name: { old: null, new: 'Sam Lee' },
        stage_id: { old: 1, new: 3 },
        stage_name: { old: 'Lead', new: 'Proposal' },
        is_closed: { old: false, new: false },
        weighted_value: { old: '100.00', new: '500.00' },
        permissions: { old: null, new: { update: true } },
        updated_at: { old: 'a', new: 'b' },
        value: { old: '1000.00', new: '1000.50' },
      },
      visibleFields,
    );
    expect(changes.map((change) => change.field)).toEqual(['assigned_to_name', 'stage_name', 'value']);
  });
});
