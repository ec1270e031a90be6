// Import this file directly, not through the index: the form stack (react-hook-form, resolvers)
// stays out of the first screen's bundle until a form loads.
import type { ReactElement, ReactNode } from 'react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { NEW_PASSWORD_HELP } from '@/lib/forms';
import { FormField } from './field';
import { PasswordInput } from './password-input';
import { Heading, Input, InputGroup, SimpleGrid, Textarea, type InputProps, type TextareaProps } from './primitives';
import { SelectNative, type SelectOption } from './select-native';

/**
 * Inputs that register themselves with the surrounding form (`ApiFormView`), with the label above,
 * the required mark or "(optional)", helper text, and the field's error under it.
 */

const OPTIONAL_TEXT = ' (optional)';

interface FieldFrameProps {
  name: string;
  label: ReactNode;
  required?: boolean;
  /** Adds "(optional)" after the label. */
  optional?: boolean;
  helperText?: ReactNode;
  disabled?: boolean;
}

function useFieldFrame({ name, label, required, optional, helperText, disabled }: FieldFrameProps) {
  const { register, formState } = useFormContext();
  const error = formState.errors[name]?.message;
  return {
    registration: register(name),
    frame: {
      label,
      required,
      disabled,
      helperText,
      optionalText: optional ? OPTIONAL_TEXT : undefined,
      errorText: typeof error === 'string' ? error : undefined,
    },
  };
}

export interface TextFieldProps extends FieldFrameProps, Omit<InputProps, 'name' | 'required' | 'disabled'> {
  /** Text or a unit inside the box, before or after what is typed ("USD", "%"). */
  startElement?: ReactNode;
  endElement?: ReactNode;
}

export function TextField({
  name,
  label,
  required,
  optional,
  helperText,
  disabled,
  startElement,
  endElement,
  ...input
}: TextFieldProps) {
  const { registration, frame } = useFieldFrame({ name, label, required, optional, helperText, disabled });
  const box = <Input {...input} {...registration} />;
  return (
    <FormField {...frame}>
      {startElement || endElement ? (
        <InputGroup
          startElement={startElement}
          endElement={endElement}
          startElementProps={{ color: 'fg.muted', fontSize: 'sm' }}
        >
          {box}
        </InputGroup>
      ) : (
        box
      )}
    </FormField>
  );
}

export interface SelectFieldProps extends FieldFrameProps {
  options: readonly SelectOption[];
  placeholder?: string;
  autoFocus?: boolean;
}

export function SelectField({ options, placeholder, autoFocus, ...frameProps }: SelectFieldProps) {
  const { registration, frame } = useFieldFrame(frameProps);
  return (
    <FormField {...frame}>
      <SelectNative options={options} placeholder={placeholder} autoFocus={autoFocus} {...registration} />
    </FormField>
  );
}

export interface TextareaFieldProps extends FieldFrameProps, Omit<TextareaProps, 'name' | 'required' | 'disabled'> {}

export function TextareaField({
  name,
  label,
  required,
  optional,
  helperText,
  disabled,
  ...textarea
}: TextareaFieldProps) {
  const { registration, frame } = useFieldFrame({ name, label, required, optional, helperText, disabled });
  return (
    <FormField {...frame}>
      <Textarea {...textarea} {...registration} />
    </FormField>
  );
}

export interface PasswordFieldProps extends FieldFrameProps {
  autoComplete: 'current-password' | 'new-password';
  autoFocus?: boolean;
}

/** A password with its show/hide toggle. */
export function PasswordField({ autoComplete, autoFocus, ...frameProps }: PasswordFieldProps) {
  const { registration, frame } = useFieldFrame(frameProps);
  return (
    <FormField {...frame}>
      <PasswordInput autoComplete={autoComplete} autoFocus={autoFocus} {...registration} />
    </FormField>
  );
}

/** A new password and its confirmation (`new_password`, `confirm_password`). */
export function NewPasswordFields({ autoFocus }: { autoFocus?: boolean }) {
  return (
    <>
      <PasswordField
        name="new_password"
        label="New password"
        required
        helperText={NEW_PASSWORD_HELP}
        autoComplete="new-password"
        autoFocus={autoFocus}
      />
      <PasswordField name="confirm_password" label="Confirm new password" required autoComplete="new-password" />
    </>
  );
}

/** A group's heading inside a long form ("Address", "More"). */
export function FormSectionHeading({ children }: { children: string }) {
  return (
    <Heading as="h3" size="sm" color="fg.muted" pt="2">
      {children}
    </Heading>
  );
}

/**
 * Street, city, state, postal code and country (the contracts' shared address fields). "section":
 * under an "Address" heading, street on its own line; "inline": five fields for the caller's grid.
 */
export function AddressFields({ variant = 'section' }: { variant?: 'section' | 'inline' }) {
  const autoComplete = variant === 'section' ? 'off' : undefined;
  const cityAndBeyond = (
    <>
      <TextField name="city" label="City" optional autoComplete={autoComplete} />
      <TextField name="state" label="State or region" optional autoComplete={autoComplete} />
      <TextField name="postal_code" label="Postal code" optional autoComplete={autoComplete} />
      <TextField name="country" label="Country" optional autoComplete={autoComplete} />
    </>
  );
  const street = <TextField name="address" label="Street address" optional autoComplete={autoComplete} />;
  if (variant === 'inline') {
    return (
      <>
        {street}
        {cityAndBeyond}
      </>
    );
  }
  return (
    <>
      <FormSectionHeading>Address</FormSectionHeading>
      {street}
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        {cityAndBeyond}
      </SimpleGrid>
    </>
  );
}

/** Tags as one comma-separated line, and free notes: the "More" group of a record's form. */
export function TagsAndNotesFields({
  tagsPlaceholder,
  heading = 'More',
}: {
  tagsPlaceholder?: string;
  heading?: string | null;
}) {
  return (
    <>
      {heading && <FormSectionHeading>{heading}</FormSectionHeading>}
      <TextField
        name="tags"
        label="Tags"
        optional
        helperText="Separate tags with commas."
        placeholder={tagsPlaceholder}
      />
      <TextareaField name="notes" label="Notes" optional rows={3} autoresize />
    </>
  );
}

type Named<P, T extends FieldValues> = Omit<P, 'name'> & { name: Path<T> };

/** The field components with `name` checked against a form's values: `const { TextField } = formFieldsFor<V>()`. */
export function formFieldsFor<T extends FieldValues>() {
  return {
    TextField: TextField as (props: Named<TextFieldProps, T>) => ReactElement,
    SelectField: SelectField as (props: Named<SelectFieldProps, T>) => ReactElement,
    TextareaField: TextareaField as (props: Named<TextareaFieldProps, T>) => ReactElement,
    PasswordField: PasswordField as (props: Named<PasswordFieldProps, T>) => ReactElement,
  };
}
