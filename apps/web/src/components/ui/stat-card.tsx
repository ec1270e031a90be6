import type { ReactNode } from 'react';
import { Card, Skeleton, Stat } from '@chakra-ui/react';

export interface StatCardProps {
  label: string;
  value: ReactNode;
  /** A line under the value, e.g. "of 42 vendors". */
  helpText?: ReactNode;
  isLoading?: boolean;
}

/** One KPI: a label, a large value, and an optional note under it. Import this file directly, not through the index. */
export function StatCard({ label, value, helpText, isLoading = false }: StatCardProps) {
  return (
    <Card.Root size="sm" variant="outline">
      <Card.Body>
        <Stat.Root>
          <Stat.Label>{label}</Stat.Label>
          {/* Stat.Root is a <dl>: everything after the label is a <dd> (the help text too). */}
          <Stat.ValueText fontVariantNumeric="tabular-nums">
            {isLoading ? <Skeleton height="8" width="16" aria-label={`Loading ${label}`} /> : value}
          </Stat.ValueText>
          {helpText && (
            <Stat.HelpText as="dd" color="fg.muted">
              {helpText}
            </Stat.HelpText>
          )}
        </Stat.Root>
      </Card.Body>
    </Card.Root>
  );
}
