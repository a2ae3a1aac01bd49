"use client";

// The one table of the application. The server does the work (search, filter, sort, paging:
// lists are too long to ship whole to the browser, and the rules that scope them live on the
// server); this component only renders a page of rows and turns the user's sort and paging
// choices into URL changes, which the server component reads back.
import { useReactTable, getCoreRowModel, flexRender, type ColumnDef, type PaginationState, type RowData, type SortingState, type Updater } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { PaginationBar } from "./pagination-bar";
import { SortableHeader } from "./sortable-header";
import { useQueryNavigation } from "./use-query-navigation";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature must match TanStack's to merge.
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Class of the column's <th> and <td>, e.g. "num" to right-align numbers. */
    className?: string;
  }
}

/** The order the rows are in; null when it is none of the columns (e.g. search relevance). */
export type DataTableSort = { id: string; desc: boolean } | null;

/** Names of the URL parameters the table writes. */
export type DataTableQueryKeys = { sort: string; order: string; page: string; pageSize: string };

const DEFAULT_KEYS: DataTableQueryKeys = { sort: "tri", order: "ordre", page: "page", pageSize: "taille" };
const DEFAULT_PAGE_SIZES = [25, 50, 100] as const;

export type DataTableProps<TData> = {
  /** Read by screen readers as the table's name (rendered visually hidden). */
  caption: string;
  /** A sortable column needs an accessorFn (TanStack's rule) and its id is the URL sort value. */
  columns: ColumnDef<TData>[];
  /** The current page of rows only. */
  data: TData[];
  getRowId: (row: TData) => string;
  /** Number of rows matching the filters, across all pages. */
  total: number;
  /** 1-based, as in the URL. */
  page: number;
  pageSize: number;
  pageSizes?: readonly number[];
  /** Left out of the URL when chosen, to keep links short. */
  defaultPageSize?: number;
  sort: DataTableSort;
  /** Shown in place of the rows when nothing matches. */
  emptyState: ReactNode;
  queryKeys?: Partial<DataTableQueryKeys>;
};

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

export function DataTable<TData>({
  caption, columns, data, getRowId, total, page, pageSize, pageSizes = DEFAULT_PAGE_SIZES,
  defaultPageSize = pageSizes[0], sort, emptyState, queryKeys,
}: DataTableProps<TData>) {
  const keys = { ...DEFAULT_KEYS, ...queryKeys };
  const { navigate, isPending } = useQueryNavigation();
  const sorting: SortingState = sort ? [sort] : [];
  const pagination: PaginationState = { pageIndex: page - 1, pageSize };

  // A new order or page size starts again at page 1: page 4 of another order means nothing.
  const onSortingChange = (updater: Updater<SortingState>) => {
    const [next] = resolve(updater, sorting);
    navigate({
      [keys.sort]: next?.id ?? null,
      [keys.order]: next ? (next.desc ? "desc" : "asc") : null,
      [keys.page]: null,
    });
  };
  const onPaginationChange = (updater: Updater<PaginationState>) => {
    const next = resolve(updater, pagination);
    if (next.pageSize !== pageSize) {
      navigate({ [keys.pageSize]: next.pageSize === defaultPageSize ? null : next.pageSize, [keys.page]: null });
    } else {
      navigate({ [keys.page]: next.pageIndex > 0 ? next.pageIndex + 1 : null }, { scroll: true });
    }
  };

  // The table object is mutable, so React Compiler (not enabled here) would skip memoizing this
  // component: that is the behaviour we want, the warning is only a notice.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    autoResetPageIndex: false,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    rowCount: total,
    state: { sorting, pagination },
    onSortingChange,
    onPaginationChange,
    enableMultiSort: false,
    // Server sorts are always explicit: asc first, then desc, never "unsorted".
    sortDescFirst: false,
    enableSortingRemoval: false,
  });

  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <>
      <div className="table-wrap" aria-busy={isPending || undefined} style={{ opacity: isPending ? 0.6 : 1, transition: "opacity .15s" }}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                  return header.column.getCanSort() ? (
                    <SortableHeader key={header.id} header={header}>{content}</SortableHeader>
                  ) : (
                    <th key={header.id} scope="col" className={header.column.columnDef.meta?.className}>{content}</th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount}>
                  {total > 0 && page > 1 ? (
                    // A shared or old link can point past the last page once rows are gone.
                    <p style={{ margin: 0 }}>
                      Cette page ne contient aucun résultat.{" "}
                      <button type="button" className="btn btn--link" onClick={() => table.firstPage()}>Revenir à la première page</button>
                    </p>
                  ) : (
                    emptyState
                  )}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <PaginationBar table={table} total={total} pageSizes={pageSizes} />
    </>
  );
}
