import { useState } from 'react';
import { LuDoorOpen, LuMailPlus, LuUsers } from 'react-icons/lu';
import { MEMBERSHIP_STATUSES, ROLES, type Member } from '@crm/contracts';
import {
  Button,
  EmptyState,
  NoAccessPanel,
  lazyDialog,
  notifySuccess,
  useListUrlState,
  type ListUrlConfig,
} from '@/components/ui';
import { ListView } from '@/components/ui/list-view';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/lib/roles';
import { useMembers } from '../api/get-members';
import { useUpdateMember } from '../api/update-member';
import { LeaveOrganizationDialog, RemoveMemberDialog, TransferOwnershipDialog } from '../components/member-dialogs';
import type { MemberCommand } from '../components/member-actions-menu';
import { memberColumns } from '../components/member-columns';
import { PendingInvitations } from '../components/pending-invitations';
import { teamPermissions } from '../lib/member-permissions';
import { MEMBER_STATUS_OPTIONS, ROLE_FILTER_OPTIONS } from '../lib/role-options';

const InviteDialog = lazyDialog(
  () => import('../components/invite-dialog').then((m) => m.InviteDialog),
  (props) => props.open,
);

const LIST_CONFIG: ListUrlConfig<'role' | 'status'> = {
  orderingFields: [],
  filters: { role: ROLES, status: MEMBERSHIP_STATUSES },
};

type ConfirmTarget = { kind: 'remove' | 'transfer-ownership'; member: Member } | { kind: 'leave' } | null;

/** `/settings/team`: members with their roles, invitations, and the actions the viewer's role allows. */
export default function TeamPage() {
  const { role, user, organizationId, membership } = useSession();
  const organizationName = membership.organization.name;
  const permissions = teamPermissions(role);
  const list = useListUrlState(LIST_CONFIG);
  const members = useMembers(organizationId, list.apiParams);
  const updateMember = useUpdateMember(organizationId);
  const [isInviteOpen, setIsInviteOpen] = useState(false);
  const [confirm, setConfirm] = useState<ConfirmTarget>(null);

  if (!permissions.canSeeTeam) {
    return <NoAccessPanel message={(roleName) => `As ${roleName}, you cannot see the team.`} />;
  }

  const runCommand = (member: Member, command: MemberCommand) => {
    if (command.kind === 'remove' || command.kind === 'transfer-ownership') {
      setConfirm({ kind: command.kind, member });
      return;
    }
    const body =
      command.kind === 'change-role'
        ? { role: command.role }
        : { status: command.kind === 'suspend' ? ('suspended' as const) : ('active' as const) };
    updateMember.mutate(
      { userId: member.user_id, body },
      {
        onSuccess: (updated) => {
          if (command.kind === 'change-role')
            notifySuccess('Role changed', `${updated.full_name} is now ${roleLabel(updated.role)}.`);
          else if (command.kind === 'suspend')
            notifySuccess('Member suspended', `${updated.full_name} can no longer work in ${organizationName}.`);
          else notifySuccess('Member reactivated', `${updated.full_name} can work in ${organizationName} again.`);
        },
      },
    );
  };

  return (
    <ListView
      title="Team"
      description={`The people who work in ${organizationName}, and their roles.`}
      actions={
        <>
          <Button variant="outline" onClick={() => setConfirm({ kind: 'leave' })}>
            <LuDoorOpen aria-hidden /> Leave organization
          </Button>
          {permissions.canInvite && (
            <Button colorPalette="brand" onClick={() => setIsInviteOpen(true)}>
              <LuMailPlus aria-hidden /> Invite
            </Button>
          )}
        </>
      }
      list={list}
      query={members}
      filters={[
        { key: 'role', label: 'Role', placeholder: 'All roles', options: ROLE_FILTER_OPTIONS },
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: MEMBER_STATUS_OPTIONS },
      ]}
      columns={memberColumns(members.data?.results ?? [], { role, userId: user.id }, runCommand)}
      getRowKey={(member) => member.user_id}
      rowTestId="member-row"
      tableLabel="Members"
      isStale={updateMember.isPending}
      itemLabel="members"
      errorSubject="the team"
      skeletonRows={4}
      empty={
        <EmptyState
          icon={<LuUsers />}
          title="No members match"
          description="Try another role or status."
          action={
            <Button variant="outline" onClick={list.clearFilters}>
              Clear filters
            </Button>
          }
        />
      }
      maxW="6xl"
      gap="6"
      toolbarGap="3"
    >
      <PendingInvitations organizationId={organizationId} canRevoke={permissions.canRevokeInvitations} />

      <InviteDialog
        organizationId={organizationId}
        organizationName={organizationName}
        open={isInviteOpen}
        onOpenChange={setIsInviteOpen}
      />
      {confirm?.kind === 'remove' && (
        <RemoveMemberDialog
          organizationId={organizationId}
          organizationName={organizationName}
          member={confirm.member}
          onClose={() => setConfirm(null)}
        />
      )}
      {confirm?.kind === 'transfer-ownership' && (
        <TransferOwnershipDialog
          organizationId={organizationId}
          organizationName={organizationName}
          member={confirm.member}
          onClose={() => setConfirm(null)}
        />
      )}
      {confirm?.kind === 'leave' && (
        <LeaveOrganizationDialog
          organizationId={organizationId}
          organizationName={organizationName}
          userId={user.id}
          isOwner={!permissions.canLeave}
          onClose={() => setConfirm(null)}
        />
      )}
    </ListView>
  );
}
