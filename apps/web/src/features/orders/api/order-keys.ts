export type OrderListParams = Record<string, string | number>;

/** Payments refresh everything under `all` (an order's amount paid), so every key starts with it. */
export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  list: (params: OrderListParams) => [...orderKeys.lists(), params] as const,
  detail: (id: number) => [...orderKeys.all, 'detail', id] as const,
  summary: (customerId: number | null) => [...orderKeys.all, 'summary', customerId] as const,
  vendorOptions: () => [...orderKeys.all, 'vendor-options'] as const,
  customer: (id: number) => [...orderKeys.all, 'customer', id] as const,
};
