import type { ReactElement } from 'react';
import { EmptyState } from './empty-state';
import { Button } from './primitives';

export interface ListEmptyStateProps {
  icon: ReactElement;
  /** Plural noun: "customers". */
  noun: string;
  hasFilters: boolean;
  onClearFilters: () => void;
  /** What to try when filters hide everything, e.g. "Try another search or status." */
  filterHint: string;
  /** One sentence on what these records are, shown while there are none. */
  description: string;
  /** "Add your first customer", shown only when the role may create. */
  createLabel?: string;
  onCreate?: () => void;
}

/** UX.md's empty list: either "nothing matches" with a way back, or "none yet" with the first action. */
export function ListEmptyState(props: ListEmptyStateProps) {
  const { icon, noun, hasFilters, onClearFilters, filterHint, description, createLabel, onCreate } = props;
  if (hasFilters) {
    return (
      <EmptyState
        icon={icon}
        title={`No ${noun} match`}
        description={filterHint}
        action={
          <Button variant="outline" onClick={onClearFilters}>
            Clear search and filters
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={icon}
      title={`No ${noun} yet`}
      description={description}
      action={
        createLabel &&
        onCreate && (
          <Button colorPalette="brand" onClick={onCreate}>
            {createLabel}
          </Button>
        )
      }
    />
  );
}
