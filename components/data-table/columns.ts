import { createColumnHelper, metaHelper, tableFeatures, type ColumnDef, type ColumnHelper, type RowData } from '@tanstack/react-table';

/** Per-column options read by DataTable / FixedColumnTable (set them in a column's `meta`). */
export type DataTableColumnMeta = {
  /** The server sort key of this column when it differs from the column id. */
  sortKey?: string;
  /** First click sorts descending (dates, amounts). */
  sortDescFirst?: boolean;
  /** Right-align numbers and money. */
  align?: 'left' | 'center' | 'right';
  className?: string;
  headerClassName?: string;
  /**
   * The cell holds its own buttons/links: lift them above the row link so that they get the
   * click (rows with `rowHref` are one big link).
   */
  interactive?: boolean;
};

/** TanStack Table v9 feature set of the kit: core only (sorting and paging are done by the server). */
export const dataTableFeatures = tableFeatures({ columnMeta: metaHelper<DataTableColumnMeta>() });
export type DataTableFeatures = typeof dataTableFeatures;

/* eslint-disable @typescript-eslint/no-explicit-any -- columns of mixed value types, as TanStack's own helper.columns() returns */
export type DataTableColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Column helper bound to the kit's features. Define columns at module scope (or in useMemo):
 * a new array on every render rebuilds the table.
 *
 *   const col = createDataTableColumnHelper<Customer>();
 *   const columns = col.columns([
 *     col.accessor('name', { header: 'Name' }),
 *     col.accessor('balance', { header: 'Balance', meta: { align: 'right', sortDescFirst: true } }),
 *   ]);
 */
export function createDataTableColumnHelper<T extends RowData>(): ColumnHelper<DataTableFeatures, T> {
  return createColumnHelper<DataTableFeatures, T>();
}
