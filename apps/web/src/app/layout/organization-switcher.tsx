import { useState } from 'react';
import { LuCheck, LuChevronsUpDown, LuPlus } from 'react-icons/lu';
import { Box, Button, HStack, Menu, Portal, RoleBadge, Skeleton, Text, VisuallyHidden } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { LazyCreateOrganizationDialog, useMyOrganizations, useSwitchOrganization } from '@/features/organizations';

const NEW_ORGANIZATION = 'new-organization';
const RETRY = 'retry-organizations';

function OrganizationItems() {
  const { organizationId } = useSession();
  const organizations = useMyOrganizations();
  const switchOrganization = useSwitchOrganization();

  if (organizations.isPending) {
    return (
      <Box px="2" py="1" aria-busy="true">
        <Skeleton height="6" mb="2" />
        <Skeleton height="6" />
      </Box>
    );
  }
  if (organizations.isError) {
    return (
      <Menu.Item value={RETRY} onSelect={() => void organizations.refetch()} closeOnSelect={false}>
        <Text color="fg.error">Could not load organizations. Retry</Text>
      </Menu.Item>
    );
  }

  const selectOrganization = (value: string) => {
    const id = Number(value);
    if (id !== organizationId) switchOrganization.mutate(id);
  };

  return (
    <Menu.RadioItemGroup value={String(organizationId)} onValueChange={(details) => selectOrganization(details.value)}>
      {organizations.data
        .filter((entry) => entry.status === 'active')
        .map(({ organization, role }) => (
          <Menu.RadioItem key={organization.id} value={String(organization.id)} gap="3">
            <Box flex="1" minW="0">
              <Text truncate>{organization.name}</Text>
            </Box>
            <RoleBadge role={role} size="sm" />
            <Box width="4" aria-hidden>
              <Menu.ItemIndicator>
                <LuCheck />
              </Menu.ItemIndicator>
            </Box>
          </Menu.RadioItem>
        ))}
    </Menu.RadioItemGroup>
  );
}

/** Lists the user's organizations with their role in each; choosing one moves only this tab. */
export function OrganizationSwitcher() {
  const { membership } = useSession();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const name = membership.organization.name;

  return (
    <>
      <Menu.Root positioning={{ placement: 'bottom-end' }} lazyMount>
        <Menu.Trigger asChild>
          <Button variant="outline" size="sm" maxW={{ base: '40', sm: '64' }}>
            {/* The accessible name is the visible text with the action before it (WCAG 2.5.3). */}
            <VisuallyHidden>Switch organization:</VisuallyHidden>
            <HStack gap="2" minW="0">
              <Text truncate data-testid="organization-switcher-current">
                {name}
              </Text>
              <RoleBadge role={membership.role} size="sm" display={{ base: 'none', sm: 'inline-flex' }} />
            </HStack>
            <LuChevronsUpDown aria-hidden />
          </Button>
        </Menu.Trigger>
        <Portal>
          <Menu.Positioner>
            <Menu.Content minW="72" maxW="sm">
              <Menu.ItemGroup>
                <Menu.ItemGroupLabel>Organizations</Menu.ItemGroupLabel>
                <OrganizationItems />
              </Menu.ItemGroup>
              <Menu.Separator />
              <Menu.Item value={NEW_ORGANIZATION} onSelect={() => setIsCreateOpen(true)}>
                <LuPlus aria-hidden /> New organization
              </Menu.Item>
            </Menu.Content>
          </Menu.Positioner>
        </Portal>
      </Menu.Root>
      <LazyCreateOrganizationDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} />
    </>
  );
}
