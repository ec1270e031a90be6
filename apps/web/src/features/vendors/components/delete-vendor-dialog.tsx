import { useEffect, useState } from 'react';
import type { Vendor } from '@crm/contracts';
import { ConfirmDialog, FormAlert, Stack, Text, notifyError, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useDeleteVendor } from '../api/delete-vendor';

interface DeleteVendorDialogProps {
  vendor: Vendor;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

export function DeleteVendorDialog({ vendor, open, onOpenChange, onDeleted }: DeleteVendorDialogProps) {
  const deleteVendor = useDeleteVendor();
  const [blockedReason, setBlockedReason] = useState<string | null>(null);

  useEffect(() => {
    if (open) setBlockedReason(null);
  }, [open]);

  const confirm = async () => {
    try {
      await deleteVendor.mutateAsync(vendor.id);
      onOpenChange(false);
      notifySuccess('Vendor deleted', `${vendor.name} (${vendor.code}) was deleted.`);
      onDeleted();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 409) setBlockedReason(apiError.message);
      else notifyError('Could not delete the vendor', apiError.message);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${vendor.name}?`}
      confirmLabel="Delete vendor"
      onConfirm={() => void confirm()}
      isPending={deleteVendor.isPending}
      isDestructive
      isConfirmDisabled={blockedReason !== null}
    >
      <Stack gap="3">
        <Text>
          {vendor.name} ({vendor.code}) will be deleted. This cannot be undone.
        </Text>
        {blockedReason && <FormAlert title="This vendor cannot be deleted yet" message={blockedReason} />}
      </Stack>
    </ConfirmDialog>
  );
}
