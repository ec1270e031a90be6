import { Badge, Box, Card, Heading, HStack, List, RoleBadge, Text } from '@/components/ui';
import { useSession } from '@/lib/auth/session';

/** Every organization the user belongs to, with the role they hold there. */
export function MembershipsCard() {
  const { user, organizationId } = useSession();

  return (
    <Card.Root>
      <Card.Header>
        <Heading as="h2" size="md">
          Your memberships
        </Heading>
        <Text textStyle="sm" color="fg.muted">
          Switch organization from the menu at the top; each browser tab keeps its own.
        </Text>
      </Card.Header>
      <Card.Body>
        {user.memberships.length === 0 ? (
          <Text color="fg.muted">You are not a member of any organization yet.</Text>
        ) : (
          <List.Root variant="plain" gap="2" aria-label="Your memberships">
            {user.memberships.map(({ organization, role, status }) => (
              <List.Item key={organization.id} py="2" borderBottomWidth="1px" _last={{ borderBottomWidth: 0 }}>
                <HStack gap="3" width="full" wrap="wrap">
                  <Box flex="1" minW="0">
                    <Text fontWeight="medium" truncate>
                      {organization.name}
                    </Text>
                  </Box>
                  {organization.id === organizationId && (
                    <Badge colorPalette="green" variant="outline">
                      This tab
                    </Badge>
                  )}
                  {status !== 'active' && <Badge colorPalette="gray">Suspended</Badge>}
                  <RoleBadge role={role} />
                </HStack>
              </List.Item>
            ))}
          </List.Root>
        )}
      </Card.Body>
    </Card.Root>
  );
}
