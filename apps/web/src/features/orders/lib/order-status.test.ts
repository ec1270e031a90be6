import { describe, expect, it } from 'vitest';
import { orderStatusActions } from './order-status';

const offered = (status: Parameters<typeof orderStatusActions>[0]) =>
  orderStatusActions(status).map((action) => `${action.label} → ${action.status}`);

describe('order status actions', () => {
  it('offers one step forward, one step back and cancel along the path', () => {
    expect(offered('draft')).toEqual(['Submit → pending', 'Cancel order → cancelled']);
    expect(offered('pending')).toEqual(['Confirm → confirmed', 'Back to draft → draft', 'Cancel order → cancelled']);
    expect(offered('confirmed')).toEqual([
      'Start work → in_progress',
      'Back to pending → pending',
      'Cancel order → cancelled',
    ]);
    expect(offered('in_progress')).toEqual([
      'Complete → completed',
      'Back to confirmed → confirmed',
      'Cancel order → cancelled',
    ]);
  });

  it('never cancels a completed order, and a cancelled one goes nowhere', () => {
    expect(offered('completed')).toEqual(['Back to in progress → in_progress']);
    expect(offered('cancelled')).toEqual([]);
  });
});
