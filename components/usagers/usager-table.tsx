"use client";

// The caseload table: one page of usagers as the server found, sorted and counted them.
import Link from "next/link";
import { useMemo } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable, type DataTableSort } from "@/components/data-table/data-table";
import { useQueryNavigation } from "@/components/data-table/use-query-navigation";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { USAGER_STATUS_LABELS } from "@/lib/domain/usagers/labels";
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import type { UsagerListRow } from "@/lib/domain/usagers/list";
import type { UsagerSort } from "@/lib/domain/usagers/list-params";

/** A row as it crosses from the server component: dates as ISO strings. */
export type UsagerTableRow = Omit<UsagerListRow, "dateNaissance" | "lastContactAt"> & {
  dateNaissance: string | null;
  lastContactAt: string | null;
};

type Props = {
  rows: UsagerTableRow[];
  total: number;
  page: number;
  pageSize: number;
  q: string;
  tri?: UsagerSort;
  ordre: "asc" | "desc";
  /** yyyy-mm-dd in Europe/Paris, given by the server so both renders compute the same ages. */
  today: string;
};

/** Age in whole years; dateNaissance is a calendar date stored at UTC midnight. */
function ageOn(birthIso: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthIso.slice(0, 4));
  // "mm-dd" strings compare in calendar order: the birthday has not come yet this year.
  return today.slice(5, 10) < birthIso.slice(5, 10) ? years - 1 : years;
}

function ageLabel(age: number): string {
  if (age < 1) return "Moins d'un an";
  return age === 1 ? "1 an" : `${age} ans`;
}

function buildColumns(today: string): ColumnDef<UsagerTableRow>[] {
  return [
    { id: "numero", header: "N° de dossier", accessorFn: (r) => r.numeroDossier },
    {
      id: "nom",
      header: "Nom",
      accessorFn: (r) => r.nom,
      cell: ({ row: { original: u } }) => (
        <Link href={`/usagers/${u.id}`} data-row-link="">
          {u.nom.toLocaleUpperCase("fr-FR")} {u.prenom}
        </Link>
      ),
    },
    {
      id: "age",
      header: "Âge",
      accessorFn: (r) => r.dateNaissance,
      cell: ({ row: { original: u } }) => (u.dateNaissance ? ageLabel(ageOn(u.dateNaissance, today)) : "Inconnu"),
      meta: { className: "num" },
    },
    { id: "quartier", header: "Quartier", accessorFn: (r) => r.quartier, cell: ({ row }) => row.original.quartier ?? "—" },
    {
      id: "referents",
      header: "Référent(s)",
      enableSorting: false,
      // One line per dossier: a long list of référents is cut with "…", whole in the tooltip.
      cell: ({ row: { original: u } }) => {
        if (u.referents.length === 0) return <span className="muted">Aucun</span>;
        const names = u.referents.map((r) => `${r.firstName} ${r.lastName}${r.absentUntil ? ` (référent absent jusqu'au ${formatCalendarDate(r.absentUntil)})` : ""}`).join(", ");
        return <span title={names}>{names}</span>;
      },
      meta: { className: "cell-clip" },
    },
    {
      id: "accompagnements",
      header: "Accompagnements en cours",
      enableSorting: false,
      cell: ({ row: { original: u } }) =>
        u.accompagnements.length > 0 ? u.accompagnements.map((t) => ACCOMPAGNEMENT_TYPE_SHORT[t]).join(", ") : <span className="muted">Aucun</span>,
    },
    {
      id: "dernierContact",
      header: "Dernier contact",
      accessorFn: (r) => r.lastContactAt,
      cell: ({ row: { original: u } }) => (u.lastContactAt ? formatDate(new Date(u.lastContactAt)) : <span className="muted">Jamais</span>),
    },
    {
      id: "statut",
      header: "Statut",
      enableSorting: false,
      // Most rows are active: only the exceptions get a badge, so they stand out.
      cell: ({ row: { original: u } }) =>
        u.status === "ACTIF" ? (
          USAGER_STATUS_LABELS.ACTIF
        ) : (
          <Badge tone={u.status === "INACTIF" ? "warning" : undefined}>{USAGER_STATUS_LABELS[u.status]}</Badge>
        ),
    },
  ];
}

export function UsagerTable({ rows, total, page, pageSize, q, tri, ordre, today }: Props) {
  const columns = useMemo(() => buildColumns(today), [today]);
  const { navigate } = useQueryNavigation();
  // Without an explicit order the server sorts a search by relevance, everything else by name.
  const sort: DataTableSort = tri ? { id: tri, desc: ordre === "desc" } : q ? null : { id: "nom", desc: false };
  return (
    <>
      {q && total > 0 ? (
        <p className="muted" style={{ margin: "0 0 .5rem" }}>
          {tri ? (
            <button type="button" className="btn btn--link" onClick={() => navigate({ tri: null, ordre: null, page: null })}>
              Trier par pertinence
            </button>
          ) : (
            "Triés par pertinence : les dossiers les plus proches de la recherche en premier."
          )}
        </p>
      ) : null}
      <DataTable
        caption={q ? `Usagers correspondant à la recherche « ${q} »` : "Usagers de la structure"}
        columns={columns}
        data={rows}
        getRowId={(r) => r.id}
        total={total}
        page={page}
        pageSize={pageSize}
        sort={sort}
        emptyState={
          <>
            <p style={{ margin: 0, fontWeight: 600 }}>Aucun usager ne correspond à ces critères.</p>
            <p className="muted" style={{ margin: ".25rem 0 0" }}>
              {q
                ? "Vérifiez l'orthographe du nom, essayez seulement le début du nom ou le numéro de dossier, ou élargissez les filtres."
                : "Modifiez ou réinitialisez les filtres pour voir plus de dossiers."}
            </p>
          </>
        }
      />
    </>
  );
}
