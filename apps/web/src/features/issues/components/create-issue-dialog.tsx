import { useNavigate } from 'react-router';
import { SimpleGrid, toaster } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { CustomerOrderFields } from '@/features/payments';
import { useCreateIssue } from '../api/create-issue';
import { useAssigneeOptions } from '../api/get-assignee-options';
import { CATEGORY_OPTIONS, PRIORITY_OPTIONS } from '../lib/issue-labels';
import {
  emptyStaffIssueForm,
  staffIssueFormSchema,
  toStaffIssueBody,
  type StaffIssueFormValues,
} from '../lib/issue-form';

const { TextField, SelectField, TextareaField } = formFieldsFor<StaffIssueFormValues>();

interface CreateIssueDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** A customer's page raises issues for that customer. */
  customer?: { id: number; name: string };
  currency: string | undefined;
}

function IssueFields({ customer, currency }: Pick<CreateIssueDialogProps, 'customer' | 'currency'>) {
  const assignees = useAssigneeOptions();
  const assigneeOptions = (assignees.data ?? []).map((e) => ({ value: String(e.id), label: e.full_name }));
  return (
    <>
      <TextField name="title" label="Title" required autoFocus placeholder="Delivery arrived damaged" />
      <CustomerOrderFields customer={customer} currency={currency} />
      <SimpleGrid columns={{ base: 1, sm: 3 }} gap="4">
        <SelectField name="priority" label="Priority" options={PRIORITY_OPTIONS} />
        <SelectField name="category" label="Category" options={CATEGORY_OPTIONS} />
        <SelectField name="assigned_to" label="Assigned to" options={assigneeOptions} placeholder="Unassigned" />
      </SimpleGrid>
      <TextareaField name="description" label="Description" optional rows={4} autoresize />
    </>
  );
}

/** "New issue" for staff: a ticket on a customer's behalf (a call, an email). */
export function CreateIssueDialog({ open, onOpenChange, customer, currency }: CreateIssueDialogProps) {
  const navigate = useNavigate();
  const createIssue = useCreateIssue();
  const form = useApiForm({
    schema: staffIssueFormSchema,
    defaultValues: emptyStaffIssueForm(customer?.id),
    open,
    submit: (values) => createIssue.mutateAsync(toStaffIssueBody(values)),
    onSuccess: (issue) => {
      onOpenChange(false);
      toaster.create({
        type: 'success',
        title: 'Issue created',
        description: `${issue.code} “${issue.title}” for ${issue.customer_name}`,
        closable: true,
        action: { label: 'Open', onClick: () => void navigate(`/issues/${String(issue.id)}`) },
      });
    },
  });
  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      size="lg"
      title={customer ? `New issue for ${customer.name}` : 'New issue'}
      submitLabel="Create issue"
      pendingLabel="Creating…"
    >
      <IssueFields customer={customer} currency={currency} />
    </FormDialog>
  );
}
