import type { Order } from '@crm/contracts';
import { DeleteRecordDialog } from '@/components/ui';
import { deleteRefusal } from '@/lib/api-error';
import { useDeleteOrder } from '../api/delete-order';

interface DeleteOrderDialogProps {
  order: Order;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

/** Names the order before deleting; a refusal because it has payments is explained in the dialog. */
export function DeleteOrderDialog({ order, open, onOpenChange, onDeleted }: DeleteOrderDialogProps) {
  const deleteOrder = useDeleteOrder();
  const name = `${order.code} for ${order.customer_name}`;
  return (
    <DeleteRecordDialog
      open={open}
      onOpenChange={onOpenChange}
      kind="order"
      name={name}
      title={`Delete ${order.code}?`}
      description={`${name} and its items will be deleted. This cannot be undone.`}
      remove={() => deleteOrder.mutateAsync(order.id)}
      isPending={deleteOrder.isPending}
      onDeleted={onDeleted}
      explainError={deleteRefusal}
    />
  );
}
