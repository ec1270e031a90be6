import { useNavigate } from 'react-router';
import type { ClientIssue, ClientOrder } from '@crm/contracts';
import { SimpleGrid, Skeleton, notifySuccess, statusLabel } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { CATEGORY_OPTIONS, CLIENT_PRIORITY_OPTIONS, useCreateIssue } from '@/features/issues';
import { useOrders } from '@/features/orders';
import {
  emptyRaiseIssueForm,
  raiseIssueFormSchema,
  toRaiseIssueBody,
  type RaiseIssueFormValues,
} from '../lib/raise-issue-form';

const { TextField, SelectField, TextareaField } = formFieldsFor<RaiseIssueFormValues>();

function RaiseIssueFields() {
  const orders = useOrders<ClientOrder>({ page_size: 100, ordering: '-created_at' });
  const orderOptions = (orders.data?.results ?? []).map((order) => ({
    value: String(order.id),
    label: `${order.code}${order.title ? ` · ${order.title}` : ''} (${statusLabel(order.status).toLowerCase()})`,
  }));
  return (
    <>
      <TextField name="title" label="Title" required autoFocus placeholder="What went wrong, in a few words" />
      <TextareaField
        name="description"
        label="Description"
        optional
        rows={4}
        autoresize
        placeholder="What happened, and what you expected"
      />
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <SelectField name="category" label="Category" options={CATEGORY_OPTIONS} />
        <SelectField
          name="priority"
          label="Priority"
          options={CLIENT_PRIORITY_OPTIONS}
          helperText="High gets the fastest reply."
        />
      </SimpleGrid>
      {/* Mounted once the orders are in, so a preselected order shows as chosen. */}
      {orders.isPending ? (
        <Skeleton height="10" aria-label="Loading your orders" />
      ) : (
        <SelectField name="order_id" label="Order" optional options={orderOptions} placeholder="Not about one order" />
      )}
    </>
  );
}

interface RaiseIssueDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** "Report a problem" on an order's page starts with that order. */
  orderId?: number;
}

/** A Client raises an issue; their customer comes from their login, so there is no customer field. */
export function RaiseIssueDialog({ open, onOpenChange, orderId }: RaiseIssueDialogProps) {
  const navigate = useNavigate();
  const createIssue = useCreateIssue<ClientIssue>();
  const form = useApiForm({
    schema: raiseIssueFormSchema,
    defaultValues: emptyRaiseIssueForm(orderId),
    open,
    submit: (values) => createIssue.mutateAsync(toRaiseIssueBody(values)),
    onSuccess: (issue) => {
      onOpenChange(false);
      notifySuccess('Issue raised', `${issue.code} “${issue.title}”: we will reply here.`);
      void navigate(`/portal/issues/${String(issue.id)}`);
    },
  });
  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      size="md"
      title="Raise an issue"
      submitLabel="Raise issue"
      pendingLabel="Sending…"
    >
      <RaiseIssueFields />
    </FormDialog>
  );
}
