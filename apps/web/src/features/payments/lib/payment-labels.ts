import { PAYMENT_METHODS, PAYMENT_STATUSES, type PaymentAction, type PaymentMethod } from '@crm/contracts';
import { statusLabel, type SelectOption } from '@/components/ui';

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  bank_transfer: 'Bank transfer',
  credit_card: 'Credit card',
  debit_card: 'Debit card',
  check: 'Check',
  cash: 'Cash',
  paypal: 'PayPal',
  stripe: 'Stripe',
  other: 'Other',
};

export const PAYMENT_METHOD_OPTIONS: SelectOption[] = PAYMENT_METHODS.map((method) => ({
  value: method,
  label: PAYMENT_METHOD_LABELS[method],
}));

export const PAYMENT_STATUS_OPTIONS: SelectOption[] = PAYMENT_STATUSES.map((status) => ({
  value: status,
  label: statusLabel(status),
}));

export const PAYMENT_ACTION_LABELS: Record<PaymentAction, string> = {
  process: 'Mark as received',
  mark_failed: 'Mark as failed',
  refund: 'Refund',
  cancel: 'Cancel payment',
};
