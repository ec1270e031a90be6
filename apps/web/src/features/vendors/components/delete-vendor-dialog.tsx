import type { Vendor } from '@crm/contracts';
import { DeleteRecordDialog } from '@/components/ui';
import { deleteRefusal } from '@/lib/api-error';
import { useDeleteVendor } from '../api/delete-vendor';

interface DeleteVendorDialogProps {
  vendor: Vendor;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

export function DeleteVendorDialog({ vendor, open, onOpenChange, onDeleted }: DeleteVendorDialogProps) {
  const deleteVendor = useDeleteVendor();
  const name = `${vendor.name} (${vendor.code})`;
  return (
    <DeleteRecordDialog
      open={open}
      onOpenChange={onOpenChange}
      kind="vendor"
      name={name}
      title={`Delete ${vendor.name}?`}
      description={`${name} will be deleted. This cannot be undone.`}
      remove={() => deleteVendor.mutateAsync(vendor.id)}
      isPending={deleteVendor.isPending}
      onDeleted={onDeleted}
      explainError={deleteRefusal}
    />
  );
}
