import { PAYMENT_ACTIONS, type PaymentAction, type PaymentStatus } from '@crm/contracts';

/** The actions PRODUCT §5 allows from a payment's status, in the order the menu lists them. */
export function availablePaymentActions(status: PaymentStatus): PaymentAction[] {
  return (Object.keys(PAYMENT_ACTIONS) as PaymentAction[]).filter((action) =>
    (PAYMENT_ACTIONS[action].from as readonly PaymentStatus[]).includes(status),
  );
}
