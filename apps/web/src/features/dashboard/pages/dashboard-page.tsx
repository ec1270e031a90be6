import { Heading, SimpleGrid, Stack, Text } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { MembershipsCard } from '../components/memberships-card';
import { OrganizationSummary } from '../components/organization-summary';

export default function DashboardPage() {
  const { user } = useSession();
  const firstName = user.first_name?.trim() || user.username;

  return (
    <Stack gap="6" maxW="6xl">
      <Stack gap="1">
        <Heading as="h1" size="2xl">
          Dashboard
        </Heading>
        <Text color="fg.muted">Welcome, {firstName}.</Text>
      </Stack>
      <SimpleGrid columns={{ base: 1, lg: 2 }} gap="6" alignItems="start">
        <OrganizationSummary />
        <MembershipsCard />
      </SimpleGrid>
    </Stack>
  );
}
