import { HStack, RoleBadge, Skeleton, Text } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { useOrganization } from '@/features/organizations';

/** The active organization in one line: its name, the user's role in it, its currency and time zone. */
export function OrganizationSummary() {
  const { organizationId, membership } = useSession();
  const organization = useOrganization(organizationId);
  const name = organization.data?.name ?? membership.organization.name;

  return (
    <HStack gap="2" wrap="wrap" textStyle="sm" color="fg.muted" aria-label="Active organization" as="section">
      <Text as="span" fontWeight="semibold" color="fg" data-testid="active-organization-name">
        {name}
      </Text>
      <RoleBadge role={membership.role} data-testid="active-organization-role" />
      <Text as="span" aria-hidden>
        ·
      </Text>
      <Text as="span">
        Currency{' '}
        <Text as="span" color="fg" data-testid="active-organization-currency">
          {organization.data ? (
            organization.data.currency
          ) : (
            <Skeleton as="span" display="inline-block" height="3" width="8" />
          )}
        </Text>
      </Text>
      <Text as="span" aria-hidden>
        ·
      </Text>
      <Text as="span">
        Time zone{' '}
        <Text as="span" color="fg" data-testid="active-organization-timezone">
          {organization.data ? (
            organization.data.timezone
          ) : (
            <Skeleton as="span" display="inline-block" height="3" width="20" />
          )}
        </Text>
      </Text>
    </HStack>
  );
}
