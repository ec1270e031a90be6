import { LuArrowDown, LuArrowUp, LuArrowUpDown } from 'react-icons/lu';
import { Button, Table } from './primitives';

export interface SortableColumnHeaderProps {
  label: string;
  /** The API's ordering field for this column. */
  field: string;
  /** The current ordering: "field" ascending, "-field" descending, or undefined. */
  ordering: string | undefined;
  onSort: (ordering: string) => void;
  isNumeric?: boolean;
}

/** A column header that sorts on click: ascending first, then descending; aria-sort tells which. */
export function SortableColumnHeader({ label, field, ordering, onSort, isNumeric = false }: SortableColumnHeaderProps) {
  const direction = ordering === field ? 'ascending' : ordering === `-${field}` ? 'descending' : 'none';
  const next = direction === 'ascending' ? `-${field}` : field;
  const Arrow = direction === 'ascending' ? LuArrowUp : direction === 'descending' ? LuArrowDown : LuArrowUpDown;
  return (
    <Table.ColumnHeader aria-sort={direction} textAlign={isNumeric ? 'end' : 'start'}>
      <Button
        variant="ghost"
        size="xs"
        mx="-2"
        fontWeight="semibold"
        onClick={() => onSort(next)}
        aria-label={`Sort by ${label}${direction === 'ascending' ? ', descending' : ', ascending'}`}
      >
        {label}
        <Arrow aria-hidden opacity={direction === 'none' ? 0.4 : 1} />
      </Button>
    </Table.ColumnHeader>
  );
}
