import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateVendorBody, Vendor } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { vendorKeys } from './vendor-keys';

export interface UpdateVendorVariables {
  id: number;
  body: UpdateVendorBody;
}

export async function updateVendor({ id, body }: UpdateVendorVariables): Promise<Vendor> {
  const response = await apiClient.patch<Vendor>(`vendors/${String(id)}/`, body);
  return response.data;
}

export function useUpdateVendor() {
  const queryClient = useQueryClient();
  return useMutation<Vendor, ApiError, UpdateVendorVariables>({
    mutationFn: updateVendor,
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
