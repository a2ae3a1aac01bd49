"use client";

// A sortable column header: a real <button> (reachable with Tab, activated with Enter or Space)
// inside a <th> whose aria-sort tells screen readers the current order. The visible arrow is
// decorative; the spoken name says what activating the button will do.
import type { Header } from "@tanstack/react-table";
import type { ReactNode } from "react";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;
const ARROW = { asc: "▲", desc: "▼" } as const;

export function SortableHeader<TData>({ header, children }: { header: Header<TData, unknown>; children: ReactNode }) {
  const sorted = header.column.getIsSorted();
  const next = header.column.getNextSortingOrder();
  // Unsorted columns just say "Trier par X"; a sorted one says which order comes next.
  const hint = sorted && next ? (next === "desc" ? " (ordre décroissant)" : " (ordre croissant)") : "";
  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : "none"} className={header.column.columnDef.meta?.className}>
      <button type="button" onClick={header.column.getToggleSortingHandler()}>
        <span className="sr-only">Trier par </span>
        {children}
        <span className="sr-only">{hint}</span>
        {/* Last, so the spoken name reads "Trier par Âge (ordre décroissant)". */}
        <span aria-hidden="true" style={{ display: "inline-block", minWidth: "1.2em", textAlign: "right", opacity: sorted ? 1 : 0.35 }}>
          {sorted ? ARROW[sorted] : "↕"}
        </span>
      </button>
    </th>
  );
}
