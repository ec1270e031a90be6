import { useState } from 'react';
import { LuPlus } from 'react-icons/lu';
import { can } from '@crm/contracts';
import { Badge, Button, SectionCard, Text, lazyDialog } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { usePayments } from '../api/get-payments';
import type { PaymentPrefill } from '../lib/payment-form';
import { paymentColumns } from './payment-columns';
import { RelatedContent, RelatedTable } from './related-table';

const RecordPaymentDialog = lazyDialog(
  () => import('./record-payment-dialog').then((module) => module.RecordPaymentDialog),
  (props) => props.open,
);

export interface RelatedPaymentsCardProps {
  /** Whose payments: an order's or a customer's. */
  filter: { order: number } | { customer: number };
  /** What "Record payment" starts with. */
  prefill: PaymentPrefill;
  currency: string | undefined;
  /** Names the table: "Payments of ORD-001". */
  label: string;
  /** False hides "Record payment" (a cancelled order). */
  canRecord?: boolean;
}

/** A record's payments with their actions, and "Record payment" for roles that may create one. */
export function RelatedPaymentsCard({ filter, prefill, currency, label, canRecord = true }: RelatedPaymentsCardProps) {
  const { role } = useSession();
  const payments = usePayments({ ...filter, page_size: 50, ordering: '-payment_date' });
  const [isRecordOpen, setIsRecordOpen] = useState(false);
  const mayRecord = canRecord && can(role, 'payments', 'create');

  return (
    <SectionCard
      title="Payments"
      titleExtra={payments.data && <Badge variant="subtle">{payments.data.count}</Badge>}
      headerAction={
        mayRecord && (
          <Button size="sm" variant="outline" onClick={() => setIsRecordOpen(true)}>
            <LuPlus aria-hidden /> Record payment
          </Button>
        )
      }
    >
      <RelatedContent query={payments} subject="payments" empty={<Text color="fg.muted">No payments yet.</Text>}>
        {(rows) => (
          <RelatedTable
            label={label}
            columns={paymentColumns({ currency, showCustomer: false, showOrder: !('order' in filter) })}
            rows={rows}
            getRowKey={(payment) => payment.id}
            rowTestId="payment-row"
          />
        )}
      </RelatedContent>
      {mayRecord && (
        <RecordPaymentDialog open={isRecordOpen} onOpenChange={setIsRecordOpen} currency={currency} {...prefill} />
      )}
    </SectionCard>
  );
}
