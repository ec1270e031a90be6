// Import this file directly, not through the index: the form stack (react-hook-form, resolvers)
// stays out of the first screen's bundle until a form loads.
import type { ReactNode } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useApiForm } from '@/lib/use-api-form';
import { FormDialog } from './form-dialog';
import type { AppDialogProps } from './dialog';
import { notifySuccess } from './toaster';

export interface RecordFormDialogProps<T extends { id: number }, V extends FieldValues, O, B> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The record to edit; without one the dialog creates a record. */
  record?: T;
  schema: z.ZodType<O, V>;
  /** The form of a new record, and of an existing one as it is when the dialog opens. */
  empty: V;
  toValues: (record: T) => V;
  /** The API's body from the checked values (the values themselves by default). */
  toBody?: (values: O) => B;
  create: (body: B) => Promise<T>;
  update: (id: number, body: B) => Promise<T>;
  /** "customer": the title "New customer", the button "Create customer", the toast "Customer created". */
  noun: string;
  nameOf: (record: T) => string;
  /** The success toast's line naming what was saved: "Globex (CUST-004)". */
  describe: (saved: T) => string;
  /** When creating is "adding": "Add employee" and "Employee added". */
  createVerb?: { label: string; done: string };
  size?: AppDialogProps['size'];
  children: ReactNode;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Create and edit of one kind of record in one dialog (UX: forms): the contract checks first, the
 * API's field errors land at the fields, and a toast names the saved record.
 */
export function RecordFormDialog<T extends { id: number }, V extends FieldValues, O, B>(
  props: RecordFormDialogProps<T, V, O, B>,
) {
  const { open, onOpenChange, record, noun, createVerb = { label: 'Create', done: 'created' } } = props;
  const form = useApiForm<V, O, T>({
    schema: props.schema,
    // Opening for edit starts from the record as it is now, not as it was when the page mounted.
    defaultValues: (record ? props.toValues(record) : props.empty) as DefaultValues<V>,
    open,
    submit: (values) => {
      const body = props.toBody ? props.toBody(values) : (values as unknown as B);
      return record ? props.update(record.id, body) : props.create(body);
    },
    onSuccess: (saved) => {
      onOpenChange(false);
      notifySuccess(`${capitalize(noun)} ${record ? 'updated' : createVerb.done}`, props.describe(saved));
    },
  });

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      size={props.size ?? 'lg'}
      title={record ? `Edit ${props.nameOf(record)}` : `New ${noun}`}
      submitLabel={record ? 'Save changes' : `${createVerb.label} ${noun}`}
    >
      {props.children}
    </FormDialog>
  );
}
