import type { ReactNode } from 'react';
import type { OrderSummary } from '@crm/contracts';
import { ErrorPanel, MoneyText, SimpleGrid } from '@/components/ui';
import { StatCard } from '@/components/ui/stat-card';
import { toApiError } from '@/lib/api-error';

interface BalanceFiguresProps {
  summary: {
    data: OrderSummary | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    isFetching: boolean;
    refetch: () => unknown;
  };
  currency: string | undefined;
  columns?: Record<string, number>;
  /** More figures in the same row (the portal's open issues). */
  children?: ReactNode;
}

/** The customer's balance over orders not cancelled (PRODUCT §5): total, paid, due, open orders. */
export function BalanceFigures({ summary, currency, columns = { base: 2, md: 4 }, children }: BalanceFiguresProps) {
  if (summary.isError) {
    return (
      <ErrorPanel
        title="The balance could not be loaded"
        message={toApiError(summary.error).message}
        onRetry={() => void summary.refetch()}
        isRetrying={summary.isFetching}
      />
    );
  }
  const money = (pick: (data: OrderSummary) => string, testId: string) =>
    summary.data && <MoneyText amount={pick(summary.data)} currency={currency} data-testid={testId} />;
  return (
    <SimpleGrid columns={columns} gap="3">
      <StatCard label="Balance due" value={money((d) => d.balance_due, 'balance-due')} isLoading={summary.isPending} />
      <StatCard label="Paid" value={money((d) => d.amount_paid, 'amount-paid')} isLoading={summary.isPending} />
      <StatCard
        label="Orders total"
        value={money((d) => d.orders_total, 'orders-total')}
        isLoading={summary.isPending}
      />
      <StatCard
        label="Open orders"
        value={<span data-testid="open-orders">{summary.data?.open_orders}</span>}
        isLoading={summary.isPending}
      />
      {children}
    </SimpleGrid>
  );
}
