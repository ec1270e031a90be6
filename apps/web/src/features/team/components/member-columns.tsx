import type { Member } from '@crm/contracts';
import { Badge, HStack, RelativeTime, RoleBadge, StatusBadge, Text } from '@/components/ui';
import { type ListColumn } from '@/components/ui/list-view';
import { hasAnyMemberAction, memberActions, type TeamViewer } from '../lib/member-permissions';
import { MemberActionsMenu, type MemberCommand } from './member-actions-menu';

/**
 * The members table: name, email, role, status and when they joined; an actions column only when
 * the viewer may do something to at least one of the rows shown.
 */
export function memberColumns(
  members: readonly Member[],
  viewer: TeamViewer,
  onCommand: (member: Member, command: MemberCommand) => void,
): ListColumn<Member>[] {
  const columns: ListColumn<Member>[] = [
    {
      id: 'name',
      header: 'Name',
      cell: (member) => (
        <>
          <HStack gap="2">
            <Text fontWeight="medium">{member.full_name}</Text>
            {member.user_id === viewer.userId && (
              <Badge size="sm" variant="outline">
                You
              </Badge>
            )}
          </HStack>
          <Text textStyle="xs" color="fg.muted">
            @{member.username}
          </Text>
        </>
      ),
    },
    { id: 'email', header: 'Email', cell: (member) => member.email },
    { id: 'role', header: 'Role', cell: (member) => <RoleBadge role={member.role} /> },
    { id: 'status', header: 'Status', cell: (member) => <StatusBadge status={member.status} /> },
    {
      id: 'joined',
      header: 'Joined',
      cellProps: { color: 'fg.muted' },
      cell: (member) => <RelativeTime iso={member.joined_at} />,
    },
  ];
  if (!members.some((member) => hasAnyMemberAction(memberActions(viewer, member)))) return columns;
  return [
    ...columns,
    {
      id: 'actions',
      header: 'Actions',
      isHeaderHidden: true,
      width: '1',
      align: 'end',
      cell: (member) => {
        const actions = memberActions(viewer, member);
        return (
          hasAnyMemberAction(actions) && (
            <MemberActionsMenu member={member} actions={actions} onCommand={(command) => onCommand(member, command)} />
          )
        );
      },
    },
  ];
}
