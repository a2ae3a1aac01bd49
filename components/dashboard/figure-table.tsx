import Link from "next/link";
import type { DashboardTable } from "@/lib/domain/shared/figure-table";
import { formatCell } from "./format";

/** The data of a chart, readable by everyone: each number links to the list behind it when one exists. */
export function FigureTable({ table, empty = "Aucune donnée sur la période." }: { table: DashboardTable; empty?: string }) {
  if (table.rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table" data-table={table.key}>
        <caption className="sr-only">{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((col, i) => <th key={col.header} scope="col" className={i > 0 ? "num" : undefined}>{col.header}</th>)}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                const text = formatCell(cell.v, table.columns[i]!.kind);
                if (i === 0) return <th key={i} scope="row">{text}</th>;
                // A bare number read out of its table means nothing: the link says what it opens.
                const label = `${text}, ${table.columns[i]!.header.toLowerCase()}, ${formatCell(row[0]!.v, "texte")} : voir la liste`;
                return <td key={i} className="num">{cell.href ? <Link href={cell.href} aria-label={label}>{text}</Link> : text}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
