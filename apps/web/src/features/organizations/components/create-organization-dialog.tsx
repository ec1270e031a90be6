import { createOrganizationBodySchema } from '@crm/contracts';
import { notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useCreateOrganization } from '../api/create-organization';
import { useSwitchOrganization } from '../api/switch-organization';

interface CreateOrganizationDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Creates an organization (the caller becomes its Owner) and moves this tab onto it. */
export function CreateOrganizationDialog({ open, onOpenChange }: CreateOrganizationDialogProps) {
  const createOrganization = useCreateOrganization();
  const switchOrganization = useSwitchOrganization();
  const form = useApiForm({
    schema: createOrganizationBodySchema,
    defaultValues: { name: '' },
    open,
    submit: createOrganization.mutateAsync,
    onSuccess: (organization) => {
      onOpenChange(false);
      notifySuccess('Organization created', `You are now working in ${organization.name}.`);
      switchOrganization.mutate(organization.id);
    },
  });

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title="New organization"
      submitLabel="Create organization"
    >
      <TextField name="name" label="Name" required autoFocus autoComplete="organization" placeholder="Acme Ltd" />
    </FormDialog>
  );
}
