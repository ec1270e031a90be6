import type { Vendor } from '@crm/contracts';
import { RecordFormDialog } from '@/components/ui/record-form-dialog';
import { useCreateVendor } from '../api/create-vendor';
import { useUpdateVendor } from '../api/update-vendor';
import { EMPTY_VENDOR_FORM, toVendorBody, vendorFormSchema, vendorToFormValues } from '../lib/vendor-form';
import { VendorFormFields } from './vendor-form-fields';

interface VendorFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The vendor to edit; without one the dialog creates a vendor. */
  vendor?: Vendor;
}

export function VendorFormDialog({ open, onOpenChange, vendor }: VendorFormDialogProps) {
  const createVendor = useCreateVendor();
  const updateVendor = useUpdateVendor();
  return (
    <RecordFormDialog
      open={open}
      onOpenChange={onOpenChange}
      record={vendor}
      schema={vendorFormSchema}
      empty={EMPTY_VENDOR_FORM}
      toValues={vendorToFormValues}
      toBody={toVendorBody}
      create={createVendor.mutateAsync}
      update={(id, body) => updateVendor.mutateAsync({ id, body })}
      noun="vendor"
      nameOf={(record) => record.name}
      describe={(saved) => `${saved.name} (${saved.code})`}
    >
      <VendorFormFields />
    </RecordFormDialog>
  );
}
