import { useState } from 'react';
import { LuLifeBuoy } from 'react-icons/lu';
import type { ClientIssue, ClientOrder } from '@crm/contracts';
import {
  Button,
  Heading,
  HStack,
  RoleBadge,
  RouterLink,
  SectionCard,
  SimpleGrid,
  Stack,
  Text,
  lazyDialog,
} from '@/components/ui';
import { StatCard } from '@/components/ui/stat-card';
import { useSession } from '@/lib/auth/session';
import { baseIssueColumns, useIssues } from '@/features/issues';
import { orderColumns, useOrders, useOrdersSummary } from '@/features/orders';
import { RelatedContent, RelatedTable } from '@/features/payments';
import { BalanceFigures } from '../components/balance-figures';
import { usePortalCurrency } from '../lib/use-portal-currency';
import { portalIssuePath, portalOrderPath } from '../lib/portal-paths';

const RaiseIssueDialog = lazyDialog(
  () => import('../components/raise-issue-dialog').then((module) => module.RaiseIssueDialog),
  (props) => props.open,
);

function OpenIssuesFigure() {
  const open = useIssues<ClientIssue>({ status: 'open', page_size: 1 });
  const inProgress = useIssues<ClientIssue>({ status: 'in_progress', page_size: 1 });
  const count = (open.data?.count ?? 0) + (inProgress.data?.count ?? 0);
  return (
    <StatCard
      label="Open issues"
      value={<span data-testid="open-issues">{count}</span>}
      isLoading={open.isPending || inProgress.isPending}
      helpText={<RouterLink to="/portal/issues">See your issues</RouterLink>}
    />
  );
}

function RecentOrders({ currency }: { currency: string | undefined }) {
  const orders = useOrders<ClientOrder>({ page_size: 5, ordering: '-created_at' });
  return (
    <SectionCard title="Recent orders" headerAction={<RouterLink to="/portal/orders">All orders</RouterLink>}>
      <RelatedContent query={orders} subject="orders" empty={<Text color="fg.muted">You have no orders yet.</Text>}>
        {(rows) => (
          <RelatedTable
            label="Recent orders"
            columns={orderColumns<ClientOrder>({ currency, pathOf: portalOrderPath, showCustomer: false })}
            rows={rows}
            getRowKey={(order) => order.id}
            rowTestId="portal-order-row"
          />
        )}
      </RelatedContent>
    </SectionCard>
  );
}

function RecentIssues() {
  const issues = useIssues<ClientIssue>({ page_size: 5, ordering: '-updated_at' });
  return (
    <SectionCard title="Your issues" headerAction={<RouterLink to="/portal/issues">All issues</RouterLink>}>
      <RelatedContent query={issues} subject="issues" empty={<Text color="fg.muted">No issues raised. All good?</Text>}>
        {(rows) => (
          <RelatedTable
            label="Your issues"
            columns={baseIssueColumns<ClientIssue>({ pathOf: portalIssuePath, showCustomer: false })}
            rows={rows}
            getRowKey={(issue) => issue.id}
          />
        )}
      </RelatedContent>
    </SectionCard>
  );
}

/** A Client's home (UX: client mode): what they owe, their open orders and issues, and a way to ask for help. */
export default function PortalDashboardPage() {
  const { user, membership } = useSession();
  const currency = usePortalCurrency();
  const summary = useOrdersSummary(null);
  const [isRaiseOpen, setIsRaiseOpen] = useState(false);
  const firstName = user.first_name?.trim() || user.username;

  return (
    <Stack gap="6" maxW="6xl">
      <HStack justify="space-between" align="flex-start" wrap="wrap" gap="4">
        <Stack gap="1">
          <Heading as="h1" size="2xl">
            Dashboard
          </Heading>
          <Text color="fg.muted">
            Welcome, {firstName}. Your account with{' '}
            <Text as="span" fontWeight="semibold" data-testid="active-organization-name">
              {membership.organization.name}
            </Text>{' '}
            <RoleBadge role={membership.role} size="sm" data-testid="active-organization-role" />
          </Text>
        </Stack>
        <Button colorPalette="brand" onClick={() => setIsRaiseOpen(true)}>
          <LuLifeBuoy aria-hidden /> Raise an issue
        </Button>
      </HStack>
      <BalanceFigures summary={summary} currency={currency} columns={{ base: 2, md: 3, lg: 5 }}>
        <OpenIssuesFigure />
      </BalanceFigures>
      <SimpleGrid columns={{ base: 1, lg: 2 }} gap="6" alignItems="start">
        <RecentOrders currency={currency} />
        <RecentIssues />
      </SimpleGrid>
      <RaiseIssueDialog open={isRaiseOpen} onOpenChange={setIsRaiseOpen} />
    </Stack>
  );
}
