import { forwardRef, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormField } from './field';
import { SelectNative, type SelectNativeProps, type SelectOption } from './select-native';

let cachedZones: string[] | null = null;

/** Every IANA zone the browser knows, plus UTC (which `supportedValuesOf` leaves out). */
export function timeZoneNames(): string[] {
  if (cachedZones) return cachedZones;
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  cachedZones = ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
  return cachedZones;
}

export interface TimeZoneSelectProps extends Omit<SelectNativeProps, 'options' | 'placeholder'> {
  /** The saved zone, kept as a choice even when this browser does not list it. */
  currentValue?: string;
}

/** A select of time zones ("Europe/Paris") that works with `register`. Import this file directly, not through the index. */
export const TimeZoneSelect = forwardRef<HTMLSelectElement, TimeZoneSelectProps>(function TimeZoneSelect(
  { currentValue, ...props },
  ref,
) {
  const zones = timeZoneNames();
  const names = currentValue && !zones.includes(currentValue) ? [currentValue, ...zones] : zones;
  const options: SelectOption[] = names.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
  return <SelectNative ref={ref} options={options} {...props} />;
});

/** The form's `timezone` field as a select of zones, for forms under `ApiFormView`. */
export function TimeZoneField({ currentValue, helperText }: { currentValue: string; helperText?: ReactNode }) {
  const { register, formState } = useFormContext<{ timezone: string }>();
  return (
    <FormField label="Time zone" required helperText={helperText} errorText={formState.errors.timezone?.message}>
      <TimeZoneSelect currentValue={currentValue} {...register('timezone')} />
    </FormField>
  );
}
