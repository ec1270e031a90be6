export type VendorListParams = Record<string, string | number>;

export const vendorKeys = {
  all: ['vendors'] as const,
  lists: () => [...vendorKeys.all, 'list'] as const,
  list: (params: VendorListParams) => [...vendorKeys.lists(), params] as const,
  stats: () => [...vendorKeys.all, 'stats'] as const,
  detail: (id: number) => [...vendorKeys.all, 'detail', id] as const,
};
