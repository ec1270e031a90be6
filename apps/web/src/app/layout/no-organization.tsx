import { useState } from 'react';
import { Button, Card, Center, Heading, HStack, Text } from '@/components/ui';
import { useLogout } from '@/lib/auth/logout';
import { LazyCreateOrganizationDialog } from '@/features/organizations';

/** A user whose every membership was removed or suspended can still start an organization. */
export function NoOrganization() {
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const logout = useLogout();
  return (
    <Center minH="100vh" p="4">
      <Card.Root maxW="md" as="main">
        <Card.Body gap="3">
          <Heading as="h1" size="lg">
            You are not in any organization
          </Heading>
          <Text color="fg.muted">Ask an administrator to invite you, or create an organization of your own.</Text>
          <HStack gap="2" pt="2">
            <Button colorPalette="brand" onClick={() => setIsCreateOpen(true)}>
              New organization
            </Button>
            <Button variant="outline" onClick={() => logout.mutate()} loading={logout.isPending}>
              Log out
            </Button>
          </HStack>
        </Card.Body>
      </Card.Root>
      <LazyCreateOrganizationDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} />
    </Center>
  );
}
