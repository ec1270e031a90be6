import { LuCrown, LuEllipsis, LuUserCheck, LuUserMinus, LuUserX } from 'react-icons/lu';
import type { AssignableRole, Member } from '@crm/contracts';
import { Box, IconButton, Menu, Portal } from '@/components/ui';
import type { MemberActionSet } from '../lib/member-permissions';
import { ASSIGNABLE_ROLE_OPTIONS } from '../lib/role-options';

export type MemberCommand =
  { kind: 'change-role'; role: AssignableRole } | { kind: 'suspend' | 'reactivate' | 'remove' | 'transfer-ownership' };

interface MemberActionsMenuProps {
  member: Member;
  actions: MemberActionSet;
  onCommand: (command: MemberCommand) => void;
}

const isAssignable = (value: string): value is AssignableRole =>
  ASSIGNABLE_ROLE_OPTIONS.some((option) => option.value === value);

/** Role as a radio group, then suspend or reactivate, transfer, and remove last (it is destructive). */
export function MemberActionsMenu({ member, actions, onCommand }: MemberActionsMenuProps) {
  return (
    <Menu.Root positioning={{ placement: 'bottom-end' }} lazyMount>
      <Menu.Trigger asChild>
        <IconButton variant="ghost" size="sm" aria-label={`Actions for ${member.full_name}`}>
          <LuEllipsis />
        </IconButton>
      </Menu.Trigger>
      <Portal>
        <Menu.Positioner>
          <Menu.Content minW="56">
            {actions.changeRole && (
              <>
                <Menu.ItemGroup>
                  <Menu.ItemGroupLabel>Role</Menu.ItemGroupLabel>
                  <Menu.RadioItemGroup
                    value={member.role}
                    onValueChange={(details) => {
                      if (details.value !== member.role && isAssignable(details.value)) {
                        onCommand({ kind: 'change-role', role: details.value });
                      }
                    }}
                  >
                    {ASSIGNABLE_ROLE_OPTIONS.map((option) => (
                      <Menu.RadioItem key={option.value} value={option.value}>
                        <Box flex="1">{option.label}</Box>
                        <Menu.ItemIndicator />
                      </Menu.RadioItem>
                    ))}
                  </Menu.RadioItemGroup>
                </Menu.ItemGroup>
                <Menu.Separator />
              </>
            )}
            {actions.suspend && (
              <Menu.Item value="suspend" onSelect={() => onCommand({ kind: 'suspend' })}>
                <LuUserX aria-hidden /> Suspend
              </Menu.Item>
            )}
            {actions.reactivate && (
              <Menu.Item value="reactivate" onSelect={() => onCommand({ kind: 'reactivate' })}>
                <LuUserCheck aria-hidden /> Reactivate
              </Menu.Item>
            )}
            {actions.transferOwnership && (
              <Menu.Item value="transfer-ownership" onSelect={() => onCommand({ kind: 'transfer-ownership' })}>
                <LuCrown aria-hidden /> Transfer ownership
              </Menu.Item>
            )}
            {actions.remove && (
              <Menu.Item
                value="remove"
                color="fg.error"
                _hover={{ bg: 'bg.error', color: 'fg.error' }}
                onSelect={() => onCommand({ kind: 'remove' })}
              >
                <LuUserMinus aria-hidden /> Remove from organization
              </Menu.Item>
            )}
          </Menu.Content>
        </Menu.Positioner>
      </Portal>
    </Menu.Root>
  );
}
