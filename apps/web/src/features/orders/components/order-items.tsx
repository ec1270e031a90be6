import type { ClientOrder } from '@crm/contracts';
import { HStack, MoneyText, Separator, Stack, Table, Text } from '@/components/ui';

/** An order's lines as saved: product, SKU, quantity, unit price and line total. */
export function OrderItemsTable({ order, currency }: { order: ClientOrder; currency: string | undefined }) {
  return (
    <Table.ScrollArea>
      <Table.Root size="sm" aria-label={`Items of ${order.code}`}>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>Product</Table.ColumnHeader>
            <Table.ColumnHeader>SKU</Table.ColumnHeader>
            <Table.ColumnHeader textAlign="end">Quantity</Table.ColumnHeader>
            <Table.ColumnHeader textAlign="end">Unit price</Table.ColumnHeader>
            <Table.ColumnHeader textAlign="end">Total</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {order.items.map((item, index) => (
            <Table.Row key={`${String(index)}-${item.product_name}`}>
              <Table.Cell fontWeight="medium">{item.product_name}</Table.Cell>
              <Table.Cell color="fg.muted">{item.sku ?? '—'}</Table.Cell>
              <Table.Cell textAlign="end" fontVariantNumeric="tabular-nums">
                {item.quantity.toLocaleString()}
              </Table.Cell>
              <Table.Cell textAlign="end">
                <MoneyText amount={item.unit_price} currency={currency} />
              </Table.Cell>
              <Table.Cell textAlign="end">
                <MoneyText amount={item.total} currency={currency} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}

function Row({
  label,
  amount,
  currency,
  isStrong,
  testId,
}: {
  label: string;
  amount: string;
  currency: string | undefined;
  isStrong?: boolean;
  testId?: string;
}) {
  return (
    <HStack justify="space-between" gap="6" fontWeight={isStrong ? 'semibold' : undefined}>
      <Text color={isStrong ? undefined : 'fg.muted'}>{label}</Text>
      <MoneyText amount={amount} currency={currency} data-testid={testId} />
    </HStack>
  );
}

/** Subtotal, tax, discount and total, then what has been paid and the balance still due. */
export function OrderTotals({ order, currency }: { order: ClientOrder; currency: string | undefined }) {
  return (
    <Stack gap="2" minW={{ md: '72' }} alignSelf={{ base: 'stretch', md: 'flex-end' }} role="group" aria-label="Totals">
      <Row label="Subtotal" amount={order.subtotal} currency={currency} />
      <Row label="Tax" amount={order.tax_amount} currency={currency} />
      <Row label="Discount" amount={`-${order.discount_amount}`} currency={currency} />
      <Row label="Total" amount={order.total_amount} currency={currency} isStrong testId="order-total-amount" />
      <Separator />
      <Row label="Amount paid" amount={order.amount_paid} currency={currency} testId="order-amount-paid" />
      <Row label="Balance due" amount={order.balance_due} currency={currency} isStrong testId="order-balance-due" />
    </Stack>
  );
}
