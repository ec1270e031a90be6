import { useEffect, useRef } from 'react';

/**
 * Fills a dialog's form each time the dialog opens, from the record as it is then. A refetch of the
 * record while the dialog is open (window focus) must not wipe what the user has typed.
 */
export function useResetOnOpen<T>(open: boolean, values: T, reset: (values: T) => void): void {
  const latestValues = useRef(values);
  latestValues.current = values;
  useEffect(() => {
    if (open) reset(latestValues.current);
  }, [open, reset]);
}
