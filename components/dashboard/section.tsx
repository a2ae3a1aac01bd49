import type { ReactNode } from "react";
import type { DashboardTable } from "@/lib/domain/shared/figure-table";
import { BarChart, type ChartSeries } from "./bar-chart";
import { FigureTable } from "./figure-table";

export type Chart = { categories: string[]; series: ChartSeries[]; stacked?: boolean };

/** Chart data from a table: the first column names the bars, `columns` are the series. */
export function chartOf(table: DashboardTable, columns: number[], stacked = false, colors?: string[]): Chart {
  return {
    categories: table.rows.map((r) => String(r[0]?.v ?? "")),
    series: columns.map((i, k) => ({ name: table.columns[i]!.header, values: table.rows.map((r) => Number(r[i]?.v ?? 0)), color: colors?.[k] })),
    stacked,
  };
}

/** One table of a section: a chart when it says something, the table, and its CSV/XLSX downloads. */
export function FigureBlock({ table, chart, exportQuery, intro }: { table: DashboardTable; chart?: Chart; exportQuery: string | null; intro?: ReactNode }) {
  const id = `t-${table.key}`;
  return (
    <figure className="dashboard-figure" aria-labelledby={id}>
      <figcaption id={id}><h3>{table.title}</h3></figcaption>
      {intro}
      {chart && table.rows.length > 0 ? <BarChart {...chart} /> : null}
      <FigureTable table={table} />
      {exportQuery ? (
        <p className="actions">
          <a className="btn btn--secondary btn--small" href={`/api/tableau-de-bord/export?${exportQuery}&table=${table.key}&format=csv`} download>
            {table.title} : CSV
          </a>
          <a className="btn btn--secondary btn--small" href={`/api/tableau-de-bord/export?${exportQuery}&table=${table.key}&format=xlsx`} download>
            {table.title} : XLSX
          </a>
        </p>
      ) : null}
    </figure>
  );
}

export function DashboardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
