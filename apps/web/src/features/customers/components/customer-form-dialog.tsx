import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Customer } from '@crm/contracts';
import { AppDialog, Button, HStack, notifyError, notifySuccess, useResetOnOpen } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreateCustomer } from '../api/create-customer';
import { useUpdateCustomer } from '../api/update-customer';
import {
  CUSTOMER_FORM_FIELDS,
  EMPTY_CUSTOMER_FORM,
  customerFormSchema,
  customerToFormValues,
  type CustomerFormOutput,
  type CustomerFormValues,
} from './customer-form';
import { CustomerFormFields } from './customer-form-fields';

const FORM_ID = 'customer-form';

interface CustomerFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The customer to edit; without one the dialog creates a customer. */
  customer?: Customer;
  onSaved?: (customer: Customer) => void;
}

/** Create and edit in one dialog: the contract validates first, the API's field errors land at the fields. */
export function CustomerFormDialog({ open, onOpenChange, customer, onSaved }: CustomerFormDialogProps) {
  const isEdit = customer !== undefined;
  const createCustomer = useCreateCustomer();
  const updateCustomer = useUpdateCustomer();
  const isSaving = createCustomer.isPending || updateCustomer.isPending;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<CustomerFormValues, unknown, CustomerFormOutput>({
    resolver: zodResolver(customerFormSchema, formResolverOptions),
    defaultValues: customer ? customerToFormValues(customer) : EMPTY_CUSTOMER_FORM,
  });

  // Opening for edit starts from the customer as it is now, not as it was when the page mounted.
  useResetOnOpen(open, customer ? customerToFormValues(customer) : EMPTY_CUSTOMER_FORM, reset);

  const submit = async (values: CustomerFormOutput) => {
    try {
      const saved = isEdit
        ? await updateCustomer.mutateAsync({ id: customer.id, body: values })
        : await createCustomer.mutateAsync(values);
      onOpenChange(false);
      notifySuccess(isEdit ? 'Customer updated' : 'Customer created', `${saved.name} (${saved.code})`);
      onSaved?.(saved);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, CUSTOMER_FORM_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) {
        notifyError(
          isEdit ? 'Could not save the customer' : 'Could not create the customer',
          unplaced.join(' ') || apiError.message,
        );
      }
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={onOpenChange}
      size="lg"
      title={isEdit ? `Edit ${customer.name}` : 'New customer'}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} colorPalette="brand" loading={isSaving}>
            {isEdit ? 'Save changes' : 'Create customer'}
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <CustomerFormFields register={register} errors={errors} />
      </form>
    </AppDialog>
  );
}
