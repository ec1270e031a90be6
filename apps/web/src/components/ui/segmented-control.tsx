import { SegmentGroup } from '@chakra-ui/react';

export interface SegmentedControlItem {
  value: string;
  label: string;
}

export interface SegmentedControlProps {
  value: string;
  onValueChange: (value: string) => void;
  items: readonly SegmentedControlItem[];
  /** Names the group for screen readers. */
  label: string;
  size?: SegmentGroup.RootProps['size'];
}

/** A row of mutually exclusive choices (a radio group underneath), e.g. call, note or task. */
export function SegmentedControl({ value, onValueChange, items, label, size = 'sm' }: SegmentedControlProps) {
  return (
    <SegmentGroup.Root
      value={value}
      onValueChange={(details) => {
        if (details.value) onValueChange(details.value);
      }}
      size={size}
      aria-label={label}
    >
      <SegmentGroup.Indicator />
      <SegmentGroup.Items items={items.map((item) => ({ value: item.value, label: item.label }))} />
    </SegmentGroup.Root>
  );
}
