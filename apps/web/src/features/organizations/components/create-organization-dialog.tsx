import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { createOrganizationBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { AppDialog, Button, FormField, HStack, Input, notifyError, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreateOrganization } from '../api/create-organization';
import { useSwitchOrganization } from '../api/switch-organization';

type Values = z.input<typeof createOrganizationBodySchema>;
type Payload = z.output<typeof createOrganizationBodySchema>;

const FORM_ID = 'create-organization-form';

interface CreateOrganizationDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Creates an organization (the caller becomes its Owner) and moves this tab onto it. */
export function CreateOrganizationDialog({ open, onOpenChange }: CreateOrganizationDialogProps) {
  const createOrganization = useCreateOrganization();
  const switchOrganization = useSwitchOrganization();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values, unknown, Payload>({
    resolver: zodResolver(createOrganizationBodySchema, formResolverOptions),
    defaultValues: { name: '' },
  });

  const close = () => {
    reset();
    onOpenChange(false);
  };

  const submit = async (values: Payload) => {
    try {
      const organization = await createOrganization.mutateAsync(values);
      close();
      notifySuccess('Organization created', `You are now working in ${organization.name}.`);
      switchOrganization.mutate(organization.id);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ['name']);
      if (!apiError.hasFieldErrors || unplaced.length > 0) {
        notifyError('Could not create the organization', unplaced.join(' ') || apiError.message);
      }
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={(isOpen) => {
        if (isOpen) onOpenChange(true);
        else close();
      }}
      title="New organization"
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} colorPalette="brand" loading={createOrganization.isPending}>
            Create organization
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <FormField label="Name" required errorText={errors.name?.message}>
          <Input autoFocus autoComplete="organization" placeholder="Acme Ltd" {...register('name')} />
        </FormField>
      </form>
    </AppDialog>
  );
}
