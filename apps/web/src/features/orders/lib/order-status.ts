import { ORDER_PATH, nextOrderStatuses, type OrderStatus } from '@crm/contracts';

export interface OrderStatusAction {
  status: OrderStatus;
  label: string;
  /** Forward along the path is the primary move; back and cancel are secondary. */
  kind: 'forward' | 'back' | 'cancel';
}

const FORWARD_LABELS: Partial<Record<OrderStatus, string>> = {
  pending: 'Submit',
  confirmed: 'Confirm',
  in_progress: 'Start work',
  completed: 'Complete',
};

const BACK_LABELS: Partial<Record<OrderStatus, string>> = {
  draft: 'Back to draft',
  pending: 'Back to pending',
  confirmed: 'Back to confirmed',
  in_progress: 'Back to in progress',
};

/** The moves the API allows from `status` (`nextOrderStatuses`), labelled, forward first. */
export function orderStatusActions(status: OrderStatus): OrderStatusAction[] {
  const at = (ORDER_PATH as readonly OrderStatus[]).indexOf(status);
  const actions = nextOrderStatuses(status).map((next): OrderStatusAction => {
    if (next === 'cancelled') return { status: next, label: 'Cancel order', kind: 'cancel' };
    const isForward = (ORDER_PATH as readonly OrderStatus[]).indexOf(next) > at;
    return isForward
      ? { status: next, label: FORWARD_LABELS[next] ?? next, kind: 'forward' }
      : { status: next, label: BACK_LABELS[next] ?? next, kind: 'back' };
  });
  const rank = { forward: 0, back: 1, cancel: 2 } as const;
  return actions.sort((a, b) => rank[a.kind] - rank[b.kind]);
}
