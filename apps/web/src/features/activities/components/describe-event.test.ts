import { describe, expect, it } from 'vitest';
import { describeChanges, describeEvent, type TimelineEvent } from './describe-event';

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  return {
    action: 'update',
    resource_type: 'customer',
    resource_id: 1,
    user_id: 1,
    user_name: 'Olivia',
    changes: null,
    fields: [],
    ...overrides,
  };
}

describe('describeEvent', () => {
  it('names the changed fields of the record itself', () => {
    expect(describeEvent(event({ fields: ['status', 'notes', 'updated_at'] }), 'customers')).toBe(
      'Olivia changed status, notes',
    );
  });

  it('names another record by its title when the changes carry it', () => {
    const moved = event({
      action: 'move_stage',
      resource_type: 'deal',
      changes: { title: { old: 'Initech', new: 'Initech' }, stage_name: { old: 'Lead', new: 'Proposal' } },
      fields: ['title', 'stage_name'],
    });
    expect(describeEvent(moved, 'customers')).toBe('Olivia moved the deal “Initech” to Proposal');
    expect(describeEvent({ ...moved, changes: null }, 'customers')).toBe('Olivia moved a deal to another stage');
    expect(describeEvent({ ...moved, changes: null }, 'deals')).toBe('Olivia moved this deal to another stage');
  });

  it('reads lead actions as verbs and falls back for unknown users', () => {
    expect(describeEvent(event({ action: 'convert', resource_type: 'lead', user_name: null }), 'leads')).toBe(
      'Someone converted this lead into a customer',
    );
    expect(describeEvent(event({ action: 'qualify', resource_type: 'lead' }), 'leads')).toBe(
      'Olivia qualified this lead',
    );
  });
});

describe('describeChanges', () => {
  it('lists old and new values, with enum labels and empty values spelled out', () => {
    const changes = describeChanges(
      event({
        changes: {
          status: { old: 'active', new: 'vip' },
          notes: { old: null, new: 'Big one' },
          updated_at: { old: 'a', new: 'b' },
        },
        fields: ['status', 'notes', 'updated_at'],
      }),
    );
    expect(changes).toEqual([
      { field: 'status', label: 'status', oldValue: 'Active', newValue: 'VIP' },
      { field: 'notes', label: 'notes', oldValue: 'empty', newValue: 'Big one' },
    ]);
  });

  it('lists nothing for a create, whose changes are the whole record, or without values', () => {
    expect(describeChanges(event({ action: 'create', changes: { name: { old: null, new: 'Globex' } } }))).toEqual([]);
    expect(describeChanges(event({ fields: ['status'] }))).toEqual([]);
  });

  it('hides an id when its name changed with it', () => {
    const changes = describeChanges(
      event({
        action: 'move_stage',
        changes: { stage_id: { old: 1, new: 3 }, stage_name: { old: 'Lead', new: 'Proposal' } },
        fields: ['stage_id', 'stage_name'],
      }),
    );
    expect(changes.map((change) => change.label)).toEqual(['stage']);
  });
});
