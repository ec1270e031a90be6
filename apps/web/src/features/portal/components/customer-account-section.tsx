import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LuPlus, LuUserPlus } from 'react-icons/lu';
import { can, type Customer } from '@crm/contracts';
import { Badge, Button, SectionCard, Stack, Text, lazyDialog } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { CreateIssueDialog, issueColumns, useIssues } from '@/features/issues';
import { orderColumns, useOrders, useOrdersSummary } from '@/features/orders';
import { RelatedContent, RelatedPaymentsCard, RelatedTable } from '@/features/payments';
import { BalanceFigures } from './balance-figures';

const InviteToPortalDialog = lazyDialog(
  () => import('./invite-to-portal-dialog').then((module) => module.InviteToPortalDialog),
  (props) => props.open,
);

interface SectionProps {
  customer: Customer;
  currency: string | undefined;
}

const RELATED_PAGE = { page_size: 10, ordering: '-created_at' } as const;

function AccountCard({ customer, currency }: SectionProps) {
  const { role } = useSession();
  const summary = useOrdersSummary(customer.id);
  const [isInviteOpen, setIsInviteOpen] = useState(false);
  const hasPortalLogin = customer.user_id !== null;
  const mayInvite = can(role, 'members', 'create') && !hasPortalLogin;
  return (
    <SectionCard
      title="Account"
      description="Over the customer's orders that are not cancelled."
      titleExtra={
        hasPortalLogin && (
          <Badge colorPalette="green" variant="subtle" data-testid="portal-login-badge">
            Portal login
          </Badge>
        )
      }
      headerAction={
        mayInvite && (
          <Button size="sm" variant="outline" onClick={() => setIsInviteOpen(true)}>
            <LuUserPlus aria-hidden /> Invite to portal
          </Button>
        )
      }
    >
      <BalanceFigures summary={summary} currency={currency} columns={{ base: 2, xl: 4 }} />
      {mayInvite && <InviteToPortalDialog open={isInviteOpen} onOpenChange={setIsInviteOpen} customer={customer} />}
    </SectionCard>
  );
}

function OrdersCard({ customer, currency }: SectionProps) {
  const { role } = useSession();
  const navigate = useNavigate();
  const orders = useOrders({ customer: customer.id, ...RELATED_PAGE });
  return (
    <SectionCard
      title="Orders"
      titleExtra={orders.data && <Badge variant="subtle">{orders.data.count}</Badge>}
      headerAction={
        can(role, 'orders', 'create') && (
          <Button
            size="sm"
            variant="outline"
            onClick={() => void navigate(`/orders/new?customer=${String(customer.id)}`)}
          >
            <LuPlus aria-hidden /> New order
          </Button>
        )
      }
    >
      <RelatedContent query={orders} subject="orders" empty={<Text color="fg.muted">No orders yet.</Text>}>
        {(rows) => (
          <RelatedTable
            label={`Orders of ${customer.name}`}
            columns={orderColumns({ currency, pathOf: (order) => `/orders/${String(order.id)}`, showCustomer: false })}
            rows={rows}
            getRowKey={(order) => order.id}
            rowTestId="customer-order-row"
          />
        )}
      </RelatedContent>
    </SectionCard>
  );
}

function IssuesCard({ customer, currency }: SectionProps) {
  const { role } = useSession();
  const issues = useIssues({ customer: customer.id, ...RELATED_PAGE });
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const mayCreate = can(role, 'issues', 'create');
  return (
    <SectionCard
      title="Issues"
      titleExtra={issues.data && <Badge variant="subtle">{issues.data.count}</Badge>}
      headerAction={
        mayCreate && (
          <Button size="sm" variant="outline" onClick={() => setIsCreateOpen(true)}>
            <LuPlus aria-hidden /> New issue
          </Button>
        )
      }
    >
      <RelatedContent query={issues} subject="issues" empty={<Text color="fg.muted">No issues raised.</Text>}>
        {(rows) => (
          <RelatedTable
            label={`Issues of ${customer.name}`}
            columns={issueColumns({ pathOf: (issue) => `/issues/${String(issue.id)}`, showCustomer: false })}
            rows={rows}
            getRowKey={(issue) => issue.id}
          />
        )}
      </RelatedContent>
      {mayCreate && (
        <CreateIssueDialog
          open={isCreateOpen}
          onOpenChange={setIsCreateOpen}
          customer={{ id: customer.id, name: customer.name }}
          currency={currency}
        />
      )}
    </SectionCard>
  );
}

/**
 * A customer's account on their page: the balance over their orders, their orders, payments and
 * issues, and "Invite to portal" for Owner and Admin while the customer has no portal login yet.
 */
export function CustomerAccountSection({ customer, currency }: SectionProps) {
  return (
    <Stack gap="6" minW="0" data-testid="customer-account">
      <AccountCard customer={customer} currency={currency} />
      <OrdersCard customer={customer} currency={currency} />
      <RelatedPaymentsCard
        filter={{ customer: customer.id }}
        prefill={{ customer: { id: customer.id, name: customer.name } }}
        label={`Payments of ${customer.name}`}
        currency={currency}
      />
      <IssuesCard customer={customer} currency={currency} />
    </Stack>
  );
}
