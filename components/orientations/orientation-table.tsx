"use client";

// The structure's orientations, one page as the server found and counted them.
import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { countLabel } from "@/components/ui/pager";
import type { StructureOrientationRow } from "@/lib/domain/orientations/queries";
import { formatCalendarDate } from "@/lib/format";
import { OrientationStatusBadge, UrgenceBadge } from "./status-badge";

/** A row as it crosses from the server component: dates as ISO strings. */
export type OrientationTableRow = Omit<StructureOrientationRow, "date" | "statusChangedAt"> & { date: string; statusChangedAt: string };

const COLUMNS: ColumnDef<OrientationTableRow>[] = [
  { id: "date", header: "Date", cell: ({ row: { original: o } }) => formatCalendarDate(new Date(o.date)) },
  {
    id: "personne", header: "Personne",
    cell: ({ row: { original: o } }) => (
      <Link href={`/usagers/${o.usager.id}/orientations/${o.id}`}>{o.usager.nom.toLocaleUpperCase("fr-FR")} {o.usager.prenom}</Link>
    ),
  },
  { id: "partenaire", header: "Service partenaire", cell: ({ row: { original: o } }) => o.partenaire.nom },
  { id: "statut", header: "Statut", cell: ({ row: { original: o } }) => <><OrientationStatusBadge status={o.status} /> <UrgenceBadge urgence={o.urgence} /></> },
  { id: "age", header: "Depuis", meta: { className: "num" }, cell: ({ row: { original: o } }) => `${o.ageDays} j` },
  { id: "referents", header: "Référent(s)", cell: ({ row: { original: o } }) => (o.referents.length ? o.referents.join(", ") : <span className="muted">Aucun</span>) },
  { id: "auteur", header: "Orientée par", cell: ({ row: { original: o } }) => o.author ?? "—" },
];

export function OrientationTable({ rows, total, page, pageSize }: { rows: OrientationTableRow[]; total: number; page: number; pageSize: number }) {
  return (
    <>
      <p><strong>{countLabel(total, "orientation", "orientations", "Aucune orientation")}</strong></p>
      <DataTable
        caption="Orientations de la structure"
        columns={COLUMNS}
        data={rows}
        getRowId={(r) => r.id}
        total={total}
        page={page}
        pageSize={pageSize}
        sort={null}
        emptyState={<p style={{ margin: 0 }}>Aucune orientation ne correspond à ces critères.</p>}
      />
    </>
  );
}
