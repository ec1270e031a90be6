import { LuMenu } from 'react-icons/lu';
import { ColorModeButton, Flex, HStack, IconButton, Spacer, Text } from '@/components/ui';
import { OrganizationSwitcher } from './organization-switcher';
import { UserMenu } from './user-menu';

interface TopBarProps {
  title: string;
  onOpenNavigation: () => void;
}

export function TopBar({ title, onOpenNavigation }: TopBarProps) {
  return (
    <Flex
      as="header"
      align="center"
      gap="3"
      px={{ base: '3', md: '6' }}
      py="2"
      minH="14"
      borderBottomWidth="1px"
      bg="bg.panel"
      position="sticky"
      top="0"
      zIndex="sticky"
    >
      <IconButton
        variant="ghost"
        size="sm"
        display={{ base: 'inline-flex', md: 'none' }}
        aria-label="Open navigation"
        onClick={onOpenNavigation}
      >
        <LuMenu />
      </IconButton>
      <Text fontWeight="semibold" truncate display={{ base: 'none', sm: 'block' }}>
        {title}
      </Text>
      <Spacer />
      <HStack gap="1">
        <OrganizationSwitcher />
        <ColorModeButton />
        <UserMenu />
      </HStack>
    </Flex>
  );
}
