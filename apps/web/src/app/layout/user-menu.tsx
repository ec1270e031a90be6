import { LuLogOut, LuUser } from 'react-icons/lu';
import { useNavigate } from 'react-router';
import { Avatar, Box, IconButton, Menu, Portal, Text } from '@/components/ui';
import { useLogout } from '@/lib/auth/logout';
import { useSession } from '@/lib/auth/session';

export function UserMenu() {
  const { user } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const displayName = user.full_name.trim() || user.username;

  return (
    <Menu.Root positioning={{ placement: 'bottom-end' }}>
      <Menu.Trigger asChild>
        <IconButton variant="ghost" size="sm" rounded="full" aria-label={`Account menu for ${displayName}`}>
          {/* The person icon, not initials: visible initials would have to be part of the name (WCAG 2.5.3). */}
          <Avatar.Root size="xs" colorPalette="brand">
            <Avatar.Fallback />
          </Avatar.Root>
        </IconButton>
      </Menu.Trigger>
      <Portal>
        <Menu.Positioner>
          <Menu.Content minW="56">
            <Box px="2" py="1.5">
              <Text fontWeight="medium" data-testid="user-menu-name">
                {displayName}
              </Text>
              <Text textStyle="sm" color="fg.muted" truncate>
                {user.email}
              </Text>
            </Box>
            <Menu.Separator />
            <Menu.Item value="profile" onSelect={() => void navigate('/profile')}>
              <LuUser aria-hidden /> Profile
            </Menu.Item>
            <Menu.Item value="logout" onSelect={() => logout.mutate()} disabled={logout.isPending}>
              <LuLogOut aria-hidden /> Log out
            </Menu.Item>
          </Menu.Content>
        </Menu.Positioner>
      </Portal>
    </Menu.Root>
  );
}
