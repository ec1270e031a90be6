import { createContext, useContext, type Key, type ReactNode } from 'react';
import { Table } from '../primitives';

export interface ChartTableColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  isNumeric?: boolean;
}

export interface ChartTableProps<T> {
  /** Names the table for screen readers: usually the chart's title. */
  caption: string;
  rows: readonly T[];
  getRowKey: (row: T, index: number) => Key;
  /** The first column, read as each row's header: a month, a stage, a person. */
  rowHeader: ChartTableColumn<T>;
  columns: readonly ChartTableColumn<T>[];
}

/**
 * True where the table sits visually hidden under its chart (ChartCard): there it needs no scroll
 * area, which would be a scrollable region no keyboard can reach or see.
 */
export const ChartTableIsHidden = createContext(false);

/** A chart's numbers as a real table: what screen readers read, and what "Show table" shows. */
export function ChartTable<T>({ caption, rows, getRowKey, rowHeader, columns }: ChartTableProps<T>) {
  const isHidden = useContext(ChartTableIsHidden);
  const table = (
    <Table.Root size="sm">
      <Table.Caption captionSide="top" textAlign="start" srOnly>
        {caption}
      </Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{rowHeader.header}</Table.ColumnHeader>
          {columns.map((column) => (
            <Table.ColumnHeader key={column.header} scope="col" textAlign={column.isNumeric ? 'end' : 'start'}>
              {column.header}
            </Table.ColumnHeader>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row, index) => (
          <Table.Row key={getRowKey(row, index)}>
            <Table.Cell as="th" scope="row" fontWeight="medium" textAlign="start">
              {rowHeader.cell(row)}
            </Table.Cell>
            {columns.map((column) => (
              <Table.Cell
                key={column.header}
                textAlign={column.isNumeric ? 'end' : 'start'}
                fontVariantNumeric="tabular-nums"
                whiteSpace="nowrap"
              >
                {column.cell(row)}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
  if (isHidden) return table;
  // A wide table scrolls sideways; the region takes focus so a keyboard can scroll it too.
  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" tabIndex={0} role="region" aria-label={caption}>
      {table}
    </Table.ScrollArea>
  );
}
