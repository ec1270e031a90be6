/**
 * Cells of the CSV files the CRM writes and reads (PRODUCT §6, the Data row). Export escapes
 * formulas so a spreadsheet never runs a cell as one; import strips that escape again, so
 * export → import gives back the same values.
 */

/** Cells that a spreadsheet would read as a formula, unless they are plainly a number or a phone. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?[0-9][0-9 ().-]*$/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER_OR_PHONE.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `escapeFormula`: a leading quote before a formula character goes. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) && !NUMBER_OR_PHONE.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}

/**
 * A custom field's value in one cell: strings as they are, unless reading them back would give
 * another type ("5", "true", "{…}"), in which case they are JSON-quoted; anything else as JSON.
 */
export function encodeCustomValue(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  try {
    JSON.parse(value);
    return JSON.stringify(value);
  } catch {
    return value;
  }
}

export function decodeCustomValue(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}

/** Tags travel in one cell, separated by semicolons. */
export const encodeTags = (tags: readonly string[]): string => tags.join(';');
export const decodeTags = (cell: string): string[] =>
  cell
    .split(';')
    .map((tag) => tag.trim())
    .filter(Boolean);

/** `cf.<key>` columns carry custom fields. */
export const CUSTOM_FIELD_PREFIX = 'cf.';

export type Cell = string | number | boolean | null | undefined;

/** A table to export: fixed columns, custom-field columns, and rows read a page at a time. */
export interface ExportTable<R extends { id: number }> {
  columns: readonly string[];
  customFieldKeys: readonly string[];
  /** The rows after `afterId`, by id, at most one page: memory stays flat whatever the count. */
  page(afterId: number): Promise<R[]>;
  cells(row: R): Record<string, Cell>;
  customFields(row: R): Record<string, unknown>;
}

/** Rows per page an export reads: enough to keep the database busy, few enough to keep memory flat. */
export const EXPORT_PAGE_ROWS = 1000;

export interface PagedExport<R extends { id: number }> {
  columns: readonly string[];
  /** The custom-field keys among the exported rows; none for resources without custom fields. */
  customFieldKeys?: readonly string[];
  /** At most `limit` rows after `afterId`, by id. */
  exportPage: (afterId: number, limit: number) => Promise<R[]>;
  cells: (row: R) => Record<string, Cell>;
  customFields?: (row: R) => Record<string, unknown>;
}

/** A resource's export table, read `EXPORT_PAGE_ROWS` at a time. */
export function pagedExport<R extends { id: number }>(spec: PagedExport<R>): ExportTable<R> {
  return {
    columns: spec.columns,
    customFieldKeys: spec.customFieldKeys ?? [],
    page: (afterId) => spec.exportPage(afterId, EXPORT_PAGE_ROWS),
    cells: spec.cells,
    customFields: spec.customFields ?? (() => ({})),
  };
}

const toText = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell));

/** The CSV's records, header first, formulas escaped, read page by page. */
export async function* exportRecords<R extends { id: number }>(table: ExportTable<R>): AsyncGenerator<string[]> {
  yield [...table.columns, ...table.customFieldKeys.map((key) => `${CUSTOM_FIELD_PREFIX}${key}`)];
  for (let afterId = 0; ;) {
    const rows = await table.page(afterId);
    if (rows.length === 0) return;
    for (const row of rows) {
      const cells = table.cells(row);
      const custom = table.customFields(row);
      yield [
        ...table.columns.map((column) => escapeFormula(toText(cells[column]))),
        ...table.customFieldKeys.map((key) => (key in custom ? escapeFormula(encodeCustomValue(custom[key])) : '')),
      ];
    }
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}
