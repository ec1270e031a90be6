import { forwardRef } from 'react';
import { NativeSelect } from '@chakra-ui/react';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectNativeProps extends Omit<NativeSelect.FieldProps, 'children'> {
  options: readonly SelectOption[];
  /** A first, empty choice ("Any status"); omitted when every option is a real value. */
  placeholder?: string;
  size?: NativeSelect.RootProps['size'];
  width?: NativeSelect.RootProps['width'];
  disabled?: boolean;
}

/** The browser's own select, styled: keyboard and screen readers work as everywhere else. */
export const SelectNative = forwardRef<HTMLSelectElement, SelectNativeProps>(function SelectNative(
  { options, placeholder, size = 'md', width, disabled, ...fieldProps },
  ref,
) {
  return (
    <NativeSelect.Root size={size} width={width} disabled={disabled}>
      <NativeSelect.Field ref={ref} placeholder={placeholder} {...fieldProps}>
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </NativeSelect.Field>
      <NativeSelect.Indicator />
    </NativeSelect.Root>
  );
});
