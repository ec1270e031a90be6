import { useState, type FormEvent } from 'react';
import { Button, FormField, HStack, Input, SegmentedControl, Stack, Text, chakra } from '@/components/ui';
import { formatDateRange } from '../lib/analytics-format';
import {
  END_BEFORE_START,
  PERIOD_CHOICE_LABELS,
  PERIOD_PRESETS,
  isCalendarDate,
  type DateRange,
  type PeriodChoice,
} from '../lib/period';
import type { PeriodUrlState } from '../lib/use-period-url-state';

const CHOICES = [...PERIOD_PRESETS, 'custom'] as const satisfies readonly PeriodChoice[];
const ITEMS = CHOICES.map((choice) => ({ value: choice, label: PERIOD_CHOICE_LABELS[choice] }));

interface RangeErrors {
  start?: string;
  end?: string;
}

function checkRange(range: DateRange): RangeErrors {
  const errors: RangeErrors = {};
  if (!isCalendarDate(range.start)) errors.start = 'Enter a start date.';
  if (!isCalendarDate(range.end)) errors.end = 'Enter an end date.';
  if (!errors.start && !errors.end && range.end < range.start) errors.end = END_BEFORE_START;
  return errors;
}

/** Two dates, applied together: each keystroke of a date input must not ask the API for a new range. */
function CustomRangeForm({ period }: { period: PeriodUrlState }) {
  const [draft, setDraft] = useState<DateRange>(period.range);
  const [errors, setErrors] = useState<RangeErrors>(period.error ? { end: period.error } : {});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkRange(draft);
    setErrors(found);
    if (!found.start && !found.end) period.setCustomRange(draft);
  };

  return (
    <chakra.form onSubmit={submit} noValidate aria-label="Custom period">
      <HStack gap="3" align="flex-end" wrap="wrap">
        <FormField label="From" errorText={errors.start} width="auto">
          <Input
            type="date"
            size="sm"
            value={draft.start}
            onChange={(event) => setDraft((current) => ({ ...current, start: event.target.value }))}
          />
        </FormField>
        <FormField label="To" errorText={errors.end} width="auto">
          <Input
            type="date"
            size="sm"
            value={draft.end}
            onChange={(event) => setDraft((current) => ({ ...current, end: event.target.value }))}
          />
        </FormField>
        <Button type="submit" size="sm" variant="outline">
          Apply
        </Button>
      </HStack>
    </chakra.form>
  );
}

/**
 * This month, this quarter, this year or a custom range, kept in the URL so a reload or a shared
 * link shows the same period.
 */
export function PeriodPicker({ period }: { period: PeriodUrlState }) {
  const { choice, range } = period;
  const select = (value: string) => {
    if (value === 'custom') {
      // A custom range starts from the period on screen.
      if (choice !== 'custom') period.setCustomRange(range);
      return;
    }
    if ((PERIOD_PRESETS as readonly string[]).includes(value))
      period.setPreset(value as (typeof PERIOD_PRESETS)[number]);
  };

  return (
    <Stack gap="2" align={{ base: 'stretch', md: 'flex-end' }}>
      <SegmentedControl label="Period" value={choice} onValueChange={select} items={ITEMS} />
      {choice === 'custom' && <CustomRangeForm key={`${range.start}:${range.end}`} period={period} />}
      <Text textStyle="sm" color="fg.muted" data-testid="period-range">
        {formatDateRange(range.start, range.end)}
      </Text>
    </Stack>
  );
}
