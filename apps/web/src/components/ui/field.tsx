import { forwardRef, type ReactNode } from 'react';
import { Field } from '@chakra-ui/react';

export interface FormFieldProps extends Omit<Field.RootProps, 'label'> {
  label: ReactNode;
  helperText?: ReactNode;
  errorText?: ReactNode;
  /** Shown after the label of an optional field, e.g. "(optional)". */
  optionalText?: ReactNode;
}

/** Label above the control, required mark, helper text, and the error under the control. */
export const FormField = forwardRef<HTMLDivElement, FormFieldProps>(function FormField(props, ref) {
  const { label, children, helperText, errorText, optionalText, invalid, ...rest } = props;
  return (
    <Field.Root ref={ref} invalid={invalid ?? Boolean(errorText)} {...rest}>
      <Field.Label>
        {label}
        <Field.RequiredIndicator
          fallback={optionalText ? <span style={{ fontWeight: 'normal', opacity: 0.75 }}>{optionalText}</span> : null}
        />
      </Field.Label>
      {children}
      {helperText && !errorText && <Field.HelperText>{helperText}</Field.HelperText>}
      {errorText && <Field.ErrorText>{errorText}</Field.ErrorText>}
    </Field.Root>
  );
});
