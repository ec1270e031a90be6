import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateVendorBody, Vendor } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { vendorKeys } from './vendor-keys';

export async function createVendor(body: CreateVendorBody): Promise<Vendor> {
  const response = await apiClient.post<Vendor>('vendors/', body);
  return response.data;
}

export function useCreateVendor() {
  const queryClient = useQueryClient();
  return useMutation<Vendor, ApiError, CreateVendorBody>({
    mutationFn: createVendor,
    meta: { skipErrorToast: true },
    onSuccess: async (vendor) => {
      queryClient.setQueryData(vendorKeys.detail(vendor.id), vendor);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vendorKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: vendorKeys.stats() }),
      ]);
    },
  });
}
