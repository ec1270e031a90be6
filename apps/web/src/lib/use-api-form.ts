import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { toApiError, type ApiError } from './api-error';
import { applyApiFieldErrors, formResolverOptions } from './forms';

export interface UseApiFormOptions<V extends FieldValues, O, R> extends Omit<UseFormProps<V, unknown, O>, 'resolver'> {
  /** The contract's schema (or a form schema built from it): checked before anything is sent. */
  schema: z.ZodType<O, V>;
  /** Sends the checked values, usually through a feature's mutation (which owns the cache updates). */
  submit: (values: O) => Promise<R>;
  /** After the API accepted: close the dialog, toast, navigate. */
  onSuccess?: (result: R, values: O) => void | Promise<void>;
  /** The inputs the API's field errors may land on; by default every field of the form's values. */
  fields?: readonly Path<V>[];
  /**
   * For a dialog that stays mounted: each time it opens, the form starts again from `defaultValues`
   * as they are then (the record as it is now) and the last error is forgotten.
   */
  open?: boolean;
}

export interface ApiForm<V extends FieldValues, O> {
  methods: UseFormReturn<V, unknown, O>;
  /** The `<form>`'s onSubmit: validates, sends, and places the API's errors. */
  onSubmit: (event?: BaseSyntheticEvent) => void;
  isPending: boolean;
  /** What no field can show (a rate limit, a conflict, a field the form lacks), for the form-level alert. */
  formError: string | null;
  /** Back to `values` (or the defaults), without an error. */
  reset: (values?: V) => void;
}

/**
 * react-hook-form with the contract's zod schema, submitted through a TanStack mutation. The API's
 * 400 body (`errors: {field: [messages]}`) lands at the matching fields; the rest goes to `formError`.
 */
export function useApiForm<V extends FieldValues, O, R>(options: UseApiFormOptions<V, O, R>): ApiForm<V, O> {
  const { schema, submit, onSuccess, fields, open, ...formOptions } = options;
  const methods = useForm<V, unknown, O>({ ...formOptions, resolver: zodResolver(schema, formResolverOptions) });
  const [formError, setFormError] = useState<string | null>(null);
  // The form's own errors are shown where they belong; no toast on top of them.
  const mutation = useMutation<R, ApiError, O>({
    mutationFn: (values) => submit(values),
    meta: { skipErrorToast: true },
  });

  const latestDefaults = useRef(formOptions.defaultValues);
  latestDefaults.current = formOptions.defaultValues;
  const { reset: resetForm } = methods;
  const { reset: resetMutation } = mutation;
  useEffect(() => {
    if (!open) return;
    resetForm(latestDefaults.current as V);
    resetMutation();
    setFormError(null);
  }, [open, resetForm, resetMutation]);

  const send = async (values: O) => {
    setFormError(null);
    let result: R;
    try {
      result = await mutation.mutateAsync(values);
    } catch (error) {
      const apiError = toApiError(error);
      const names = fields ?? (Object.keys(methods.getValues()) as Path<V>[]);
      const unplaced = applyApiFieldErrors(apiError, methods.setError, names);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
      return;
    }
    await onSuccess?.(result, values);
  };

  return {
    methods,
    onSubmit: (event) => void methods.handleSubmit(send)(event),
    isPending: mutation.isPending,
    formError,
    reset: (values) => {
      methods.reset(values);
      setFormError(null);
    },
  };
}
