import type { ReactNode } from 'react';
import { Checkbox } from '@chakra-ui/react';

export interface CheckboxFieldProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  children: ReactNode;
  disabled?: boolean;
  name?: string;
}

/** A labelled checkbox; Space toggles it and the label is clickable. */
export function CheckboxField({ checked, onCheckedChange, children, disabled, name }: CheckboxFieldProps) {
  return (
    <Checkbox.Root
      checked={checked}
      onCheckedChange={(details) => onCheckedChange(details.checked === true)}
      disabled={disabled}
      name={name}
      colorPalette="brand"
    >
      <Checkbox.HiddenInput />
      <Checkbox.Control />
      <Checkbox.Label>{children}</Checkbox.Label>
    </Checkbox.Root>
  );
}
