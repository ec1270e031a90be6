/**
 * What other features use of orders: a customer's balance and orders (the customer page, the
 * portal), an order's items and totals, and the keys that refresh them.
 */
export { orderKeys } from './api/order-keys';
export { useOrdersSummary } from './api/get-orders-summary';
export { useOrders } from './api/get-orders';
export { useOrder } from './api/get-order';
export { orderColumns } from './components/order-columns';
export { OrderItemsTable, OrderTotals } from './components/order-items';
