import { describe, expect, it } from 'vitest';
import { describeChanges, describeEvent, type TimelineEvent } from '../components/describe-event';
import { fieldLabel, formatFieldValue, recordNameIn, visibleFields } from './field-changes';

const FORMAT = { money: (amount: string) => `$${amount}`, dateTime: (iso: string) => `at ${iso.slice(0, 10)}` };

describe('changes that read like a CRM', () => {
  it('names things instead of ids, and leaves out what the server derives', () => {
    const fields = [
      'assigned_to',
      'assigned_to_name',
      'stage_id',
      'stage_name',
      'customer_id',
      'customer_name',
      'pipeline_id',
      'pipeline_name',
      'is_closed',
      'is_won',
      'is_lost',
      'weighted_value',
      'effective_probability',
      'total_value',
      'score',
      'permissions',
      'value',
    ];
    expect(visibleFields(fields)).toEqual([
      'assigned_to_name',
      'stage_name',
      'customer_name',
      'pipeline_name',
      'value',
    ]);
    expect(visibleFields(['assigned_to'])).toEqual(['assigned_to']);
    expect(['assigned_to_name', 'stage_name', 'expected_close_date'].map(fieldLabel)).toEqual([
      'assignee',
      'stage',
      'expected close date',
    ]);
  });

  it('formats money, instants and calendar dates', () => {
    expect(formatFieldValue('value', '1500.00', FORMAT)).toBe('$1500.00');
    expect(formatFieldValue('estimated_value', 60000, FORMAT)).toBe('$60000');
    expect(formatFieldValue('closed_at', '2026-11-30T09:15:00.000Z', FORMAT)).toBe('at 2026-11-30');
    expect(formatFieldValue('expected_close_date', '2026-03-01', FORMAT)).toBe('Mar 1, 2026');
    expect(formatFieldValue('status', 'in_progress', FORMAT)).toBe('In progress');
    expect(formatFieldValue('assigned_to_name', null, FORMAT)).toBe('empty');
  });

  it('reads an assignment on a timeline by name', () => {
    const event: TimelineEvent = {
      action: 'update',
      resource_type: 'deal',
      resource_id: 3,
      user_id: 1,
      user_name: 'Olivia',
      changes: {
        assigned_to: { old: null, new: 6 },
        assigned_to_name: { old: null, new: 'Sam Lee' },
        value: { old: '1000.00', new: '1500.00' },
        weighted_value: { old: '500.00', new: '750.00' },
      },
      fields: ['assigned_to', 'assigned_to_name', 'value', 'weighted_value'],
    };
    expect(describeEvent(event, 'deals')).toBe('Olivia changed assignee, value');
    expect(describeChanges(event, FORMAT)).toEqual([
      { field: 'assigned_to_name', label: 'assignee', oldValue: 'empty', newValue: 'Sam Lee' },
      { field: 'value', label: 'value', oldValue: '$1000.00', newValue: '$1500.00' },
    ]);
  });

  it('finds the record’s own name in its changes', () => {
    expect(recordNameIn({ name: { old: null, new: 'Globex' } })).toBe('Globex');
    expect(recordNameIn({ title: { old: 'Initech', new: 'Initech' }, stage_name: { old: 'A', new: 'B' } })).toBe(
      'Initech',
    );
    expect(recordNameIn({ status: { old: 'a', new: 'b' } })).toBeNull();
  });
});
