"use client";

// Paging controls driven by the table instance, so the data table stays the one place that turns
// a page or page-size change into a URL.
import { useId } from "react";
import type { Table } from "@tanstack/react-table";

const number = new Intl.NumberFormat("fr-FR");

export function resultsLabel(total: number): string {
  if (total === 0) return "Aucun résultat";
  return `${number.format(total)} résultat${total > 1 ? "s" : ""}`;
}

export function PaginationBar<TData>({ table, total, pageSizes }: { table: Table<TData>; total: number; pageSizes: readonly number[] }) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.getState().pagination;
  const pageCount = table.getPageCount();
  return (
    <nav className="pagination" aria-label="Pagination">
      {/* role=status: the new count is read out after a search or a filter change. */}
      <span role="status">{resultsLabel(total)}</span>
      {total > 0 ? (
        <>
          <span>
            Page {number.format(pageIndex + 1)} sur {number.format(pageCount)}
          </span>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Page précédente
          </button>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Page suivante
          </button>
          <span style={{ display: "inline-flex", alignItems: "center", gap: ".5rem", marginLeft: "auto" }}>
            <label htmlFor={sizeId}>Lignes par page</label>
            <select
              id={sizeId}
              value={pageSize}
              onChange={(e) => table.setPageSize(Number(e.target.value))}
              style={{ font: "inherit", padding: ".3rem .5rem", minHeight: 36, borderRadius: "var(--radius)", border: "1px solid #8a919c" }}
            >
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </span>
        </>
      ) : null}
    </nav>
  );
}
