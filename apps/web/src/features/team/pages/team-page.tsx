import { useState } from 'react';
import { LuDoorOpen, LuMailPlus, LuUsers } from 'react-icons/lu';
import { MEMBERSHIP_STATUSES, ROLES, type Member } from '@crm/contracts';
import {
  Button,
  EmptyState,
  ErrorPanel,
  Flex,
  LoadErrorPanel,
  PageHeader,
  PaginationFooter,
  SelectNative,
  Stack,
  TableSkeleton,
  lazyDialog,
  notifySuccess,
  useListUrlState,
  type ListUrlConfig,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useMembers } from '../api/get-members';
import { useUpdateMember } from '../api/update-member';
import { LeaveOrganizationDialog, RemoveMemberDialog, TransferOwnershipDialog } from '../components/member-dialogs';
import type { MemberCommand } from '../components/member-actions-menu';
import { MembersTable } from '../components/members-table';
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
  const { state } = list;

  if (!permissions.canSeeTeam) {
    return (
      <ErrorPanel title="You don't have access to this" message={`As ${roleLabel(role)}, you cannot see the team.`} />
    );
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

  const content = () => {
    if (members.isPending) return <TableSkeleton rows={4} label="Loading members" />;
    if (members.isError) {
      return (
        <LoadErrorPanel
          error={toApiError(members.error)}
          roleName={roleLabel(role)}
          subject="the team"
          onRetry={() => void members.refetch()}
          isRetrying={members.isFetching}
        />
      );
    }
    if (members.data.count === 0) {
      return (
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
      );
    }
    return (
      <Stack gap="0">
        <MembersTable
          members={members.data.results}
          viewer={{ role, userId: user.id }}
          onCommand={runCommand}
          isStale={members.isPlaceholderData || updateMember.isPending}
        />
        <PaginationFooter
          page={state.page}
          pageSize={state.pageSize}
          count={members.data.count}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          itemLabel="members"
        />
      </Stack>
    );
  };

  return (
    <Stack gap="6" maxW="6xl">
      <PageHeader
        title="Team"
        meta={members.data ? <span data-testid="members-count">{members.data.count}</span> : undefined}
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
      />
      <Stack gap="3">
        <Flex gap="3" wrap="wrap" role="search" aria-label="Filter members">
          <SelectNative
            aria-label="Role"
            placeholder="All roles"
            options={ROLE_FILTER_OPTIONS}
            value={state.filters.role ?? ''}
            onChange={(event) => list.setFilter('role', event.currentTarget.value || undefined)}
            width={{ base: 'full', sm: '44' }}
          />
          <SelectNative
            aria-label="Status"
            placeholder="All statuses"
            options={MEMBER_STATUS_OPTIONS}
            value={state.filters.status ?? ''}
            onChange={(event) => list.setFilter('status', event.currentTarget.value || undefined)}
            width={{ base: 'full', sm: '44' }}
          />
        </Flex>
        {content()}
      </Stack>
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
    </Stack>
  );
}
