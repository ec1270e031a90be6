import { useState } from 'react';
import { LuTrash2 } from 'react-icons/lu';
import { can } from '@crm/contracts';
import { Button, ErrorPanel, LoadErrorPanel, PageHeader, Skeleton, Stack } from '@/components/ui';
// Imported on its own, not through the index, which is on the first screen.
import { DangerZone, DangerZoneItem } from '@/components/ui/danger-zone';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { RoleBadge, roleLabel } from '@/features/organizations/components/role-badge';
import { DeleteOrganizationDialog } from '../components/delete-organization-dialog';
import { OrganizationForm } from '../components/organization-form';

/** `/settings/organization`: the organization's details (Owner and Admin edit) and its deletion (Owner). */
export default function OrganizationSettingsPage() {
  const { role, organizationId } = useSession();
  const organization = useOrganization(organizationId);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const canEdit = can(role, 'organization', 'update');
  const canDelete = can(role, 'organization', 'delete');

  if (!can(role, 'organization', 'read')) {
    return (
      <ErrorPanel
        title="You don't have access to this"
        message={`As ${roleLabel(role)}, you cannot see the organization's settings.`}
      />
    );
  }

  return (
    <Stack gap="6" maxW="4xl">
      <PageHeader
        title="Organization"
        badges={<RoleBadge role={role} />}
        description={
          canEdit
            ? 'How your organization appears, and the currency and time zone its figures use.'
            : `As ${roleLabel(role)}, you can see these settings but not change them.`
        }
      />
      {organization.isPending ? (
        <Skeleton height="96" aria-label="Loading the organization" />
      ) : organization.isError ? (
        <LoadErrorPanel
          error={toApiError(organization.error)}
          roleName={roleLabel(role)}
          subject="the organization"
          onRetry={() => void organization.refetch()}
          isRetrying={organization.isFetching}
        />
      ) : (
        <>
          <OrganizationForm organization={organization.data} isReadOnly={!canEdit} />
          {canDelete && (
            <DangerZone>
              <DangerZoneItem
                title="Delete this organization"
                description="Removes the organization and all of its data for every member. This cannot be undone."
                action={
                  <Button colorPalette="red" variant="outline" flexShrink={0} onClick={() => setIsDeleteOpen(true)}>
                    <LuTrash2 aria-hidden /> Delete organization
                  </Button>
                }
              />
            </DangerZone>
          )}
          {isDeleteOpen && (
            <DeleteOrganizationDialog organization={organization.data} onClose={() => setIsDeleteOpen(false)} />
          )}
        </>
      )}
    </Stack>
  );
}
