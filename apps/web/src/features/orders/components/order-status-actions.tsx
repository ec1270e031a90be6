import { useState } from 'react';
import type { Order, OrderStatus } from '@crm/contracts';
import { Button, ConfirmDialog, Text, notifySuccess, statusLabel } from '@/components/ui';
import { useUpdateOrder } from '../api/update-order';
import { orderStatusActions } from '../lib/order-status';

/**
 * The status moves the API allows from where the order is (PRODUCT §5): the step forward as the
 * primary button, a step back, and cancel after a confirmation naming the order.
 */
export function OrderStatusActions({ order }: { order: Order }) {
  const updateOrder = useUpdateOrder({ toastErrors: true });
  const [isCancelOpen, setIsCancelOpen] = useState(false);
  const [moving, setMoving] = useState<OrderStatus | null>(null);
  if (!order.permissions.update) return null;

  const move = (status: OrderStatus) => {
    setMoving(status);
    updateOrder.mutate(
      { id: order.id, body: { status } },
      {
        onSuccess: (saved) => {
          setIsCancelOpen(false);
          notifySuccess(`${saved.code} is now ${statusLabel(saved.status).toLowerCase()}`);
        },
        onSettled: () => setMoving(null),
      },
    );
  };

  return (
    <>
      {orderStatusActions(order.status).map((action) =>
        action.kind === 'cancel' ? (
          <Button key={action.status} variant="outline" colorPalette="red" onClick={() => setIsCancelOpen(true)}>
            {action.label}
          </Button>
        ) : (
          <Button
            key={action.status}
            variant={action.kind === 'forward' ? 'solid' : 'outline'}
            colorPalette={action.kind === 'forward' ? 'brand' : undefined}
            loading={moving === action.status}
            disabled={moving !== null}
            onClick={() => move(action.status)}
          >
            {action.label}
          </Button>
        ),
      )}
      <ConfirmDialog
        open={isCancelOpen}
        onOpenChange={setIsCancelOpen}
        title={`Cancel ${order.code}?`}
        confirmLabel="Cancel order"
        onConfirm={() => move('cancelled')}
        isPending={moving === 'cancelled'}
        isDestructive
      >
        <Text>
          {order.code} for {order.customer_name} will be cancelled. A cancelled order no longer counts in the
          customer&apos;s balance and cannot move again.
        </Text>
      </ConfirmDialog>
    </>
  );
}
