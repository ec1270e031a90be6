export type PaymentListParams = Record<string, string | number>;

export const paymentKeys = {
  all: ['payments'] as const,
  lists: () => [...paymentKeys.all, 'list'] as const,
  list: (params: PaymentListParams) => [...paymentKeys.lists(), params] as const,
  orderOptions: (customerId: number) => [...paymentKeys.all, 'order-options', customerId] as const,
};

/**
 * An order's amount paid and its customer's balance are derived from payments: every payment write
 * refreshes the orders feature's queries too, which all start with this key.
 */
export const ORDERS_ROOT_KEY = ['orders'] as const;
