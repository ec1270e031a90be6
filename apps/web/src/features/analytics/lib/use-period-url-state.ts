import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useUserTimeZone } from '@/lib/format';
import { applyPeriodChange, parsePeriodParams, todayIn, type DateRange, type PeriodPreset } from './period';

/** The page's period from the URL, with "this month" meaning the month of today in the user's zone. */
export function usePeriodUrlState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const timeZone = useUserTimeZone();
  const today = todayIn(timeZone);
  const state = useMemo(() => parsePeriodParams(searchParams, today), [searchParams, today]);

  const setPreset = useCallback(
    (preset: PeriodPreset) => setSearchParams((current) => applyPeriodChange(current, { preset })),
    [setSearchParams],
  );
  const setCustomRange = useCallback(
    (range: DateRange) => setSearchParams((current) => applyPeriodChange(current, { range })),
    [setSearchParams],
  );

  return { ...state, setPreset, setCustomRange };
}

export type PeriodUrlState = ReturnType<typeof usePeriodUrlState>;
