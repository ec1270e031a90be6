import type { Key, ReactNode } from 'react';
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

/** A chart's numbers as a real table: what screen readers read, and what "Show table" shows. */
export function ChartTable<T>({ caption, rows, getRowKey, rowHeader, columns }: ChartTableProps<T>) {
  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md">
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
    </Table.ScrollArea>
  );
}
