// Import this file directly, not through the index: the form stack (react-hook-form, resolvers)
// stays out of the first screen's bundle until a form loads.
import { useId, type ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import type { ApiForm } from '@/lib/use-api-form';
import { AppDialog, type AppDialogProps } from './dialog';
import { FormAlert } from './error-panel';
import { Button, HStack, Stack, type ButtonProps } from './primitives';

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

export interface FormDialogProps<V extends FieldValues, O> extends Pick<AppDialogProps, 'open' | 'title' | 'size'> {
  form: ApiForm<V, O>;
  onOpenChange: (open: boolean) => void;
  submitLabel: string;
  /** Shown on the submit button while sending ("Creating…"). */
  pendingLabel?: string;
  submitColorPalette?: ButtonProps['colorPalette'];
  /** Replaces Cancel and submit, e.g. once the form has done its job and shows a result. */
  footer?: ReactNode;
  /** Shown instead of the form (a result); the form stays mounted only while this is absent. */
  result?: ReactNode;
  children: ReactNode;
}

/** Quick create and edit (UX: forms): a dialog with the form, Cancel, and a submit button that shows progress. */
export function FormDialog<V extends FieldValues, O>(props: FormDialogProps<V, O>) {
  const { form, open, onOpenChange, title, size, submitLabel, pendingLabel, submitColorPalette = 'brand' } = props;
  const formId = useId();
  const footer = props.footer ?? (
    <HStack gap="2">
      <Button variant="outline" onClick={() => onOpenChange(false)}>
        Cancel
      </Button>
      <Button
        type="submit"
        form={formId}
        colorPalette={submitColorPalette}
        loading={form.isPending}
        loadingText={pendingLabel}
      >
        {submitLabel}
      </Button>
    </HStack>
  );
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={title} size={size} footer={footer}>
      {props.result ?? (
        <ApiFormView form={form} id={formId}>
          {props.children}
        </ApiFormView>
      )}
    </AppDialog>
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
