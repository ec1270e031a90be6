/**
 * What other features use of payments: an order's and a customer's payments, recording one, the
 * customer and order fields the issue form shares, and a table of related rows.
 */
export { paymentKeys } from './api/payment-keys';
export { usePayments } from './api/get-payments';
export { basePaymentColumns } from './components/payment-columns';
export { RelatedPaymentsCard } from './components/related-payments-card';
export { RelatedContent, RelatedTable } from './components/related-table';
export { CustomerOrderFields } from './components/customer-order-fields';
export { PAYMENT_METHOD_LABELS, PAYMENT_STATUS_OPTIONS } from './lib/payment-labels';
export { todayIn } from './lib/today';
