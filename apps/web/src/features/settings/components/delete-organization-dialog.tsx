import { useState } from 'react';
import type { Organization } from '@crm/contracts';
import { ConfirmDialog, FormAlert, FormField, Input, Stack, Text } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useDeleteOrganization } from '../api/delete-organization';
import { isDeleteConfirmationValid } from '../lib/delete-confirmation';

interface DeleteOrganizationDialogProps {
  organization: Organization;
  onClose: () => void;
}

/** Mounted when opened. The button stays disabled until the name is typed exactly. */
export function DeleteOrganizationDialog({ organization, onClose }: DeleteOrganizationDialogProps) {
  const deleteOrganization = useDeleteOrganization();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isConfirmed = isDeleteConfirmationValid(typed, organization.name);

  const confirm = () => {
    if (!isConfirmed) return;
    setError(null);
    deleteOrganization.mutate(
      { id: organization.id, name: organization.name, confirm: typed },
      {
        onError: (failure) => {
          const apiError = toApiError(failure);
          setError(apiError.fieldErrors.confirm?.join(' ') ?? apiError.message);
        },
      },
    );
  };

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Delete ${organization.name}?`}
      confirmLabel="Delete this organization"
      isDestructive
      isPending={deleteOrganization.isPending}
      isConfirmDisabled={!isConfirmed}
      onConfirm={confirm}
    >
      <Stack gap="4">
        {error && <FormAlert message={error} />}
        <Text>
          Every customer, lead, deal, vendor, employee, activity and membership of {organization.name} will be deleted
          at once, for everyone. This cannot be undone.
        </Text>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <FormField label={`Type “${organization.name}” to confirm`} required>
            <Input
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
            />
          </FormField>
        </form>
      </Stack>
    </ConfirmDialog>
  );
}
