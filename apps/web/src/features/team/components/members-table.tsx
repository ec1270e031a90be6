import type { Member } from '@crm/contracts';
import { Badge, HStack, RelativeTime, StatusBadge, Table, Text, VisuallyHidden } from '@/components/ui';
import { RoleBadge } from '@/features/organizations/components/role-badge';
import { hasAnyMemberAction, memberActions, type TeamViewer } from '../lib/member-permissions';
import { MemberActionsMenu, type MemberCommand } from './member-actions-menu';

interface MembersTableProps {
  members: readonly Member[];
  viewer: TeamViewer;
  onCommand: (member: Member, command: MemberCommand) => void;
  isStale?: boolean;
}

export function MembersTable({ members, viewer, onCommand, isStale = false }: MembersTableProps) {
  const actionsByMember = new Map(members.map((member) => [member.user_id, memberActions(viewer, member)]));
  const showActions = [...actionsByMember.values()].some(hasAnyMemberAction);

  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isStale ? 0.6 : 1} transition="opacity 0.2s">
      <Table.Root size="sm" stickyHeader aria-label="Members">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>Name</Table.ColumnHeader>
            <Table.ColumnHeader>Email</Table.ColumnHeader>
            <Table.ColumnHeader>Role</Table.ColumnHeader>
            <Table.ColumnHeader>Status</Table.ColumnHeader>
            <Table.ColumnHeader>Joined</Table.ColumnHeader>
            {showActions && (
              <Table.ColumnHeader width="1">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.ColumnHeader>
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {members.map((member) => {
            const actions = actionsByMember.get(member.user_id);
            return (
              <Table.Row key={member.user_id} data-testid="member-row">
                <Table.Cell>
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
                </Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>
                  <RoleBadge role={member.role} />
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge status={member.status} />
                </Table.Cell>
                <Table.Cell color="fg.muted">
                  <RelativeTime iso={member.joined_at} />
                </Table.Cell>
                {showActions && (
                  <Table.Cell textAlign="end">
                    {actions && hasAnyMemberAction(actions) && (
                      <MemberActionsMenu
                        member={member}
                        actions={actions}
                        onCommand={(command) => onCommand(member, command)}
                      />
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}
