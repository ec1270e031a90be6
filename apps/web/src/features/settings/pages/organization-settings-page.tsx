import { useState } from 'react';
import { LuTrash2 } from 'react-icons/lu';
import { can } from '@crm/contracts';
import { Button, NoAccessPanel, PageHeader, RoleBadge, Skeleton, Stack } from '@/components/ui';
import { QueryView } from '@/components/ui/detail-page';
// Imported on its own, not through the index, which is on the first screen.
import { DangerZone, DangerZoneItem } from '@/components/ui/danger-zone';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/lib/roles';
import { useOrganization } from '@/features/organizations';
import { DeleteOrganizationDialog } from '../components/delete-organization-dialog';
import { OrganizationForm } from '../components/organization-form';
import { RecordVisibilityCard } from '../components/record-visibility-card';
import { ResponseTargetsCard } from '../components/response-targets-card';

/** `/settings/organization`: the organization's details (Owner and Admin edit) and its deletion (Owner). */
export default function OrganizationSettingsPage() {
  const { role, organizationId } = useSession();
  const organization = useOrganization(organizationId);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const canEdit = can(role, 'organization', 'update');
  const canDelete = can(role, 'organization', 'delete');

  if (!can(role, 'organization', 'read')) {
    return <NoAccessPanel message={(roleName) => `As ${roleName}, you cannot see the organization's settings.`} />;
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
      <QueryView
        query={organization}
        subject="the organization"
        loading={<Skeleton height="96" aria-label="Loading the organization" />}
      >
        {(record) => (
          <>
            <OrganizationForm organization={record} isReadOnly={!canEdit} />
            <RecordVisibilityCard organization={record} />
            <ResponseTargetsCard organization={record} />
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
            {isDeleteOpen && <DeleteOrganizationDialog organization={record} onClose={() => setIsDeleteOpen(false)} />}
          </>
        )}
      </QueryView>
    </Stack>
  );
}
