import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organization, UpdateOrganizationBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';
import { organizationKeys } from '@/features/organizations';

export interface UpdateOrganizationVariables {
  id: number;
  body: UpdateOrganizationBody;
}

export async function updateOrganization({ id, body }: UpdateOrganizationVariables): Promise<Organization> {
  const response = await apiClient.patch<Organization>(`organizations/${String(id)}/`, body);
  return response.data;
}

/** The name also shows in the sidebar and the switcher, which read the user's memberships. */
export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation<Organization, ApiError, UpdateOrganizationVariables>({
    mutationFn: updateOrganization,
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
