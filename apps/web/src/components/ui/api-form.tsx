// Import this file directly, not through the index: the form stack (react-hook-form, resolvers)
// stays out of the first screen's bundle until a form loads.
import type { ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import type { ApiForm } from '@/lib/use-api-form';
import { FormAlert } from './error-panel';
import { Button, HStack, Stack } from './primitives';

export interface ApiFormViewProps<V extends FieldValues, O> {
  form: ApiForm<V, O>;
  children: ReactNode;
  id?: string;
  /** Names a form that has no dialog title to name it ("Your details"). */
  label?: string;
  gap?: string;
  maxW?: string;
}

/**
 * A form from `useApiForm`: its fields read the form through context (see form-fields), and what no
 * field can show stands above them in an alert. Enter submits.
 */
export function ApiFormView<V extends FieldValues, O>(props: ApiFormViewProps<V, O>) {
  const { form, children, id, label, gap = '4', maxW } = props;
  return (
    <FormProvider {...form.methods}>
      <form id={id} noValidate aria-label={label} onSubmit={form.onSubmit}>
        <Stack gap={gap} maxW={maxW}>
          {form.formError && <FormAlert message={form.formError} />}
          {children}
        </Stack>
      </form>
    </FormProvider>
  );
}

export interface FormActionsProps<V extends FieldValues, O> {
  form: ApiForm<V, O>;
  submitLabel: string;
  pendingLabel?: string;
  /** Off until there is something to save. */
  disabled?: boolean;
  /** Buttons before the submit button ("Discard changes"). */
  children?: ReactNode;
}

/** The buttons at the end of a form on a page: the submit button last, showing progress. */
export function FormActions<V extends FieldValues, O>(props: FormActionsProps<V, O>) {
  const { form, submitLabel, pendingLabel, disabled, children } = props;
  return (
    <HStack gap="2" justify="flex-end">
      {children}
      <Button
        type="submit"
        colorPalette="brand"
        loading={form.isPending}
        loadingText={pendingLabel}
        disabled={disabled}
      >
        {submitLabel}
      </Button>
    </HStack>
  );
}
