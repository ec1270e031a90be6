import { Card, DataList, ErrorPanel, Heading, HStack, RoleBadge, Skeleton, Text } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { useOrganization } from '@/features/organizations';

/** The active organization: its name, the user's role in it, its currency and time zone. */
export function OrganizationSummary() {
  const { organizationId, membership } = useSession();
  const organization = useOrganization(organizationId);
  const name = organization.data?.name ?? membership.organization.name;

  return (
    <Card.Root>
      <Card.Header>
        <Text textStyle="sm" color="fg.muted">
          Active organization
        </Text>
        <HStack gap="3" wrap="wrap">
          <Heading as="h2" size="lg" data-testid="active-organization-name">
            {name}
          </Heading>
          <RoleBadge role={membership.role} data-testid="active-organization-role" />
        </HStack>
      </Card.Header>
      <Card.Body>
        {organization.isError ? (
          <ErrorPanel
            title="Organization details could not be loaded"
            message={organization.error.message}
            onRetry={() => void organization.refetch()}
            isRetrying={organization.isFetching}
          />
        ) : (
          <DataList.Root orientation="horizontal" gap="3">
            <DataList.Item>
              <DataList.ItemLabel>Your role</DataList.ItemLabel>
              <DataList.ItemValue>
                <RoleBadge role={membership.role} />
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Currency</DataList.ItemLabel>
              <DataList.ItemValue data-testid="active-organization-currency">
                {organization.data ? organization.data.currency : <Skeleton height="4" width="12" />}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Time zone</DataList.ItemLabel>
              <DataList.ItemValue data-testid="active-organization-timezone">
                {organization.data ? organization.data.timezone : <Skeleton height="4" width="32" />}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList.Root>
        )}
      </Card.Body>
    </Card.Root>
  );
}
