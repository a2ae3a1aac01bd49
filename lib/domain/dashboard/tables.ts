// The dashboard's figures as plain tables: the same rows feed the page (table under each chart,
// with a link behind a number when a list shows the same records), the CSV and the XLSX.
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { CANAL_LABELS } from "@/lib/domain/entretiens/labels";
import { ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { ACC_TYPES, OFFICE_CANALS } from "./caseload";
import { ORIENTATION_STATUSES } from "./orientations";
import type { DashboardFigures } from "./figures";
import type { UsagerBreakdownRow } from "./usagers";

/** int: a count; euros: cents; duree: milliseconds; jours: days (may be fractional); texte. */
export type ColumnKind = "texte" | "int" | "euros" | "duree" | "jours";
export type Cell = { v: string | number | null; href?: string };
export type DashboardTable = {
  /** One of TABLE_KEYS for the dashboard's own tables (exportable); a feature's section may use its own. */
  key: string;
  title: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: Cell[][];
};

export const TABLE_KEYS = ["charge", "fiches", "orientations", "aides", "quartiers", "ages", "menages"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

const c = (v: string | number | null, href?: string): Cell => (href && typeof v === "number" && v > 0 ? { v, href } : { v });

/**
 * `siteFiltered`: /usagers has no site filter, so with a site chosen the dossier counts would
 * not match the list behind them: they are then shown without a link.
 */
export function dashboardTables(f: DashboardFigures, { siteFiltered = false } = {}): DashboardTable[] {
  const usagers = (q: Record<string, string>) => (siteFiltered ? undefined : `/usagers?${new URLSearchParams(q)}`);
  const breakdown = (key: TableKey, title: string, first: string, rows: UsagerBreakdownRow[]): DashboardTable => ({
    key, title,
    columns: [{ header: first, kind: "texte" }, { header: "Nouveaux dossiers", kind: "int" }, { header: "Dossiers actifs (au moins un entretien)", kind: "int" }],
    rows: rows.map((r) => [c(r.libelle), c(r.nouveaux), c(r.actifs)]),
  });
  return [
    {
      key: "charge",
      title: "Charge par travailleur social",
      columns: [
        { header: "Travailleur social", kind: "texte" },
        { header: "Dossiers actifs (référent)", kind: "int" },
        ...ACC_TYPES.map((t) => ({ header: `Accompagnement ${ACCOMPAGNEMENT_TYPE_SHORT[t].toLowerCase()} ouvert (dossiers)`, kind: "int" as const })),
        ...OFFICE_CANALS.map((k) => ({ header: `Entretiens : ${CANAL_LABELS[k].toLowerCase()}`, kind: "int" as const })),
        { header: "Visites à domicile", kind: "int" },
        { header: "Entretiens (total)", kind: "int" },
        { header: "Sans contact depuis 60 jours", kind: "int" },
        { header: "Sans contact depuis 90 jours", kind: "int" },
      ],
      rows: f.caseload.map((r) => [
        c(r.actif ? r.nom : `${r.nom} (compte désactivé)`),
        c(r.dossiers, usagers({ referent: r.userId })),
        ...ACC_TYPES.map((t) => c(r.accompagnements[t], usagers({ referent: r.userId, accompagnement: t, statut: "tous" }))),
        ...OFFICE_CANALS.map((k) => c(r.entretiens[k])),
        c(r.visitesADomicile),
        c(r.entretiensTotal),
        c(r.sansContact60, usagers({ referent: r.userId, sansContact: "60" })),
        c(r.sansContact90, usagers({ referent: r.userId, sansContact: "90" })),
      ]),
    },
    {
      key: "fiches",
      title: "Fiches de liaison par mairie de quartier",
      columns: [
        { header: "Site d'envoi", kind: "texte" },
        { header: "Reçues sur la période", kind: "int" },
        { header: "En attente", kind: "int" },
        { header: "Plus ancienne en attente", kind: "duree" },
        { header: "Envoi → premier contact (médiane)", kind: "duree" },
        { header: "Envoi → premier contact (9e décile)", kind: "duree" },
        { header: "Envoi → rendez-vous (médiane)", kind: "duree" },
        { header: "Envoi → rendez-vous (9e décile)", kind: "duree" },
      ],
      rows: f.fiches.map((r) => [
        c(r.site), c(r.recues), c(r.enAttente, "/fiches-liaison"), c(r.plusAncienne),
        c(r.premierContactMedian), c(r.premierContactP90), c(r.rdvMedian), c(r.rdvP90),
      ]),
    },
    {
      key: "orientations",
      title: "Orientations par destination et statut",
      columns: [
        { header: "Destination", kind: "texte" },
        { header: "Orientations", kind: "int" },
        ...ORIENTATION_STATUSES.map((s) => ({ header: ORIENTATION_STATUS_LABELS[s], kind: "int" as const })),
        { header: "Délai d'accusé de réception (médiane)", kind: "jours" },
        { header: "Délai de réponse (médiane)", kind: "jours" },
        { header: "Délai de réponse (9e décile)", kind: "jours" },
      ],
      rows: f.orientations.map((r) => [
        c(r.partenaire), c(r.total),
        ...ORIENTATION_STATUSES.map((s) => c(r.parStatut[s], `/orientations?${new URLSearchParams({ partenaire: r.partenaireId, statut: s })}`)),
        c(r.accuseMedian), c(r.reponseMedian), c(r.reponseP90),
      ]),
    },
    {
      key: "aides",
      title: "Aides facultatives par type",
      columns: [
        { header: "Type d'aide", kind: "texte" },
        { header: "Demandes", kind: "int" },
        { header: "Montant demandé", kind: "euros" },
        { header: "Accordées", kind: "int" },
        { header: "Montant accordé", kind: "euros" },
        { header: "Refusées", kind: "int" },
        { header: "Décisions en attente", kind: "int" },
        { header: "Montant en attente", kind: "euros" },
      ],
      rows: f.aides.map((r) => [
        c(AIDE_TYPE_LABELS[r.type]), c(r.demandees), c(r.demandeCents), c(r.accordees), c(r.accordeCents), c(r.refusees),
        c(r.enAttente, "/aides"), c(r.enAttenteCents),
      ]),
    },
    breakdown("quartiers", "Dossiers par quartier", "Quartier", f.usagers.parQuartier),
    breakdown("ages", "Dossiers par tranche d'âge", "Tranche d'âge", f.usagers.parAge),
    breakdown("menages", "Dossiers par type de ménage", "Type de ménage", f.usagers.parMenage),
  ];
}
