import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Vendor } from '@crm/contracts';
import { AppDialog, Button, FormAlert, HStack, Stack, notifySuccess, useResetOnOpen } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreateVendor } from '../api/create-vendor';
import { useUpdateVendor } from '../api/update-vendor';
import {
  EMPTY_VENDOR_FORM,
  VENDOR_FORM_FIELDS,
  toVendorBody,
  vendorFormSchema,
  vendorToFormValues,
  type VendorFormOutput,
  type VendorFormValues,
} from '../lib/vendor-form';
import { VendorFormFields } from './vendor-form-fields';

const FORM_ID = 'vendor-form';

interface VendorFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The vendor to edit; without one the dialog creates a vendor. */
  vendor?: Vendor;
}

export function VendorFormDialog({ open, onOpenChange, vendor }: VendorFormDialogProps) {
  const isEdit = vendor !== undefined;
  const createVendor = useCreateVendor();
  const updateVendor = useUpdateVendor();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<VendorFormValues, unknown, VendorFormOutput>({
    resolver: zodResolver(vendorFormSchema, formResolverOptions),
    defaultValues: vendor ? vendorToFormValues(vendor) : EMPTY_VENDOR_FORM,
  });
  useResetOnOpen(open, vendor ? vendorToFormValues(vendor) : EMPTY_VENDOR_FORM, reset);

  const close = () => {
    setFormError(null);
    onOpenChange(false);
  };

  const submit = async (values: VendorFormOutput) => {
    setFormError(null);
    try {
      const body = toVendorBody(values);
      const saved = isEdit
        ? await updateVendor.mutateAsync({ id: vendor.id, body })
        : await createVendor.mutateAsync(body);
      close();
      notifySuccess(isEdit ? 'Vendor updated' : 'Vendor created', `${saved.name} (${saved.code})`);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, VENDOR_FORM_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={(isOpen) => (isOpen ? onOpenChange(true) : close())}
      size="lg"
      title={isEdit ? `Edit ${vendor.name}` : 'New vendor'}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={FORM_ID}
            colorPalette="brand"
            loading={createVendor.isPending || updateVendor.isPending}
          >
            {isEdit ? 'Save changes' : 'Create vendor'}
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4">
          {formError && <FormAlert message={formError} />}
          <VendorFormFields register={register} errors={errors} />
        </Stack>
      </form>
    </AppDialog>
  );
}
