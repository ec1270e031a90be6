import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organization, createOrganizationBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';
import { organizationKeys } from './organization-keys';

export type CreateOrganizationPayload = z.output<typeof createOrganizationBodySchema>;

export async function createOrganization(body: CreateOrganizationPayload): Promise<Organization> {
  const response = await apiClient.post<Organization>('organizations/', body);
  return response.data;
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation<Organization, ApiError, CreateOrganizationPayload>({
    mutationFn: createOrganization,
    // The dialog shows field errors itself and toasts the rest.
    meta: { skipErrorToast: true },
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationKeys.detail(organization.id), organization);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.mine() }),
        queryClient.invalidateQueries({ queryKey: currentUserQueryKey }),
      ]);
    },
  });
}
