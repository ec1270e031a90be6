// Import this file directly, not through the index: the dialog (focus trap, portal) and the form
// stack load with the first dialog form, never with a page that only has a form on it.
import { useId, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { ApiForm } from '@/lib/use-api-form';
import { ApiFormView } from './api-form';
import { AppDialog, type AppDialogProps } from './dialog';
import { Button, HStack, type ButtonProps } from './primitives';

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
