import { useState, type ReactElement } from 'react';
import { LuBan, LuCircleCheck, LuCircleX, LuTrash2, LuUndo2 } from 'react-icons/lu';
import type { PaymentAction, Payment } from '@crm/contracts';
import { ConfirmDialog, MoreMenu, Text, notifySuccess, type MoreMenuItem } from '@/components/ui';
import { formatMoney } from '@/lib/format';
import { useDeletePayment } from '../api/delete-payment';
import { useRunPaymentAction } from '../api/run-payment-action';
import { availablePaymentActions } from '../lib/payment-actions';
import { PAYMENT_ACTION_LABELS } from '../lib/payment-labels';

type Pending = PaymentAction | 'delete';

const ICONS: Record<Pending, ReactElement> = {
  process: <LuCircleCheck aria-hidden />,
  mark_failed: <LuCircleX aria-hidden />,
  refund: <LuUndo2 aria-hidden />,
  cancel: <LuBan aria-hidden />,
  delete: <LuTrash2 aria-hidden />,
};

const DONE: Record<PaymentAction, string> = {
  process: 'Payment received',
  mark_failed: 'Payment marked as failed',
  refund: 'Payment refunded',
  cancel: 'Payment cancelled',
};

function describe(action: Pending, payment: Payment, currency: string | undefined): string {
  const amount = formatMoney(payment.amount, currency);
  const order = payment.order_code ? ` towards ${payment.order_code}` : '';
  switch (action) {
    case 'process':
      return `${payment.code} (${amount}) becomes completed and counts${order} as paid.`;
    case 'mark_failed':
      return `${payment.code} (${amount}) becomes failed and never counts as paid.`;
    case 'refund':
      return `The whole ${amount} of ${payment.code} is refunded and stops counting${order} as paid.`;
    case 'cancel':
      return `${payment.code} (${amount}) is cancelled and never counts as paid.`;
    case 'delete':
      return `${payment.code} (${amount}) from ${payment.customer_name} is deleted. This cannot be undone.`;
  }
}

/** A payment's actions from its status (process, mark failed, refund, cancel) and delete, each confirmed. */
export function PaymentActionsMenu({ payment, currency }: { payment: Payment; currency: string | undefined }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const runAction = useRunPaymentAction();
  const deletePayment = useDeletePayment();
  const actions = payment.permissions.update ? availablePaymentActions(payment.status) : [];
  const items: MoreMenuItem[] = actions.map((action) => ({
    value: action,
    label: PAYMENT_ACTION_LABELS[action],
    icon: ICONS[action],
    onSelect: () => setPending(action),
    isDestructive: action === 'refund' || action === 'cancel',
  }));
  if (payment.permissions.delete) {
    items.push({
      value: 'delete',
      label: 'Delete payment',
      icon: ICONS.delete,
      onSelect: () => setPending('delete'),
      isDestructive: true,
    });
  }
  if (items.length === 0) return null;

  const confirm = () => {
    if (pending === null) return;
    const done = () => setPending(null);
    if (pending === 'delete') {
      deletePayment.mutate(payment.id, {
        onSuccess: () => notifySuccess('Payment deleted', payment.code),
        onSettled: done,
      });
      return;
    }
    runAction.mutate(
      { id: payment.id, action: pending },
      { onSuccess: (saved) => notifySuccess(DONE[pending], saved.code), onSettled: done },
    );
  };

  return (
    <>
      <MoreMenu label={`Actions for ${payment.code}`} items={items} variant="ghost" size="sm" />
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={
          pending === null
            ? ''
            : pending === 'delete'
              ? `Delete ${payment.code}?`
              : `${PAYMENT_ACTION_LABELS[pending]}?`
        }
        confirmLabel={pending === null ? '' : pending === 'delete' ? 'Delete payment' : PAYMENT_ACTION_LABELS[pending]}
        onConfirm={confirm}
        isPending={runAction.isPending || deletePayment.isPending}
        isDestructive={pending === 'refund' || pending === 'cancel' || pending === 'delete'}
      >
        <Text>{pending !== null && describe(pending, payment, currency)}</Text>
      </ConfirmDialog>
    </>
  );
}
