import { Skeleton, Stack } from '@chakra-ui/react';

/** Rows shaped like a table while its first page loads. */
export function TableSkeleton({ rows = 8, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <Stack gap="2" aria-busy="true" aria-label={label} py="2">
      <Skeleton height="8" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height="10" opacity={1 - index * 0.08} />
      ))}
    </Stack>
  );
}
