// The dashboard's figures as plain tables: the same rows feed the page (table under each chart,
// each number a link to the list of the records it counts), the CSV and the XLSX.
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { CANAL_LABELS } from "@/lib/domain/entretiens/labels";
import { ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { ACC_TYPES, OFFICE_CANALS } from "./caseload";
import { ORIENTATION_STATUSES } from "./orientations";
import type { DashboardFigures } from "./figures";
import type { UsagerBreakdownRow } from "./usagers";
import { listHref } from "@/lib/domain/shared/list-href";
import type { Cell, DashboardTable, ListLinks } from "@/lib/domain/shared/figure-table";

export const TABLE_KEYS = ["charge", "fiches", "orientations", "aides", "quartiers", "ages", "menages"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

const c = (v: string | number | null, href?: string): Cell => (href && typeof v === "number" && v > 0 ? { v, href } : { v });

function linkers(l: ListLinks | null) {
  if (!l) return null;
  const period = { du: l.du, au: l.au };
  const site = { site: l.site };
  return {
    usagers: (q: Record<string, string>) => listHref("/usagers", { ...q, ...site }),
    usagersOfPeriod: (kind: "nouveaux" | "actifs", q: Record<string, string>) =>
      listHref("/usagers", {
        statut: "tous", ...q, ...site, referent: l.workerId,
        ...(kind === "nouveaux" ? { creeDu: l.du, creeAu: l.au } : { actifDu: l.du, actifAu: l.au }),
      }),
    entretiens: (q: Record<string, string>) => listHref("/entretiens", { ...q, ...period, ...site }),
    fiches: (q: Record<string, string>, withPeriod: boolean) => listHref("/fiches-liaison", { ...q, ...(withPeriod ? period : {}), attribuee: l.workerId }),
    orientations: (q: Record<string, string>) => listHref("/orientations", { ...q, ...period, ...site, auteur: l.workerId }),
    aides: (q: Record<string, string>, withPeriod: boolean) => listHref("/aides", { ...q, ...(withPeriod ? period : {}), ...site }),
  };
}

/** The dossiers behind the two totals of the usagers section. */
export function usagerTotalLinks(l: ListLinks | null) {
  const to = linkers(l);
  return { nouveaux: to?.usagersOfPeriod("nouveaux", {}), actifs: to?.usagersOfPeriod("actifs", {}) };
}

/** `links` null: no link (the CSV and XLSX exports). */
export function dashboardTables(f: DashboardFigures, links: ListLinks | null = null): DashboardTable[] {
  const to = linkers(links);
  const breakdown = (key: TableKey, title: string, first: string, rows: UsagerBreakdownRow[], filter: (cle: string) => Record<string, string>): DashboardTable => ({
    key, title,
    columns: [{ header: first, kind: "texte" }, { header: "Nouveaux dossiers", kind: "int" }, { header: "Dossiers actifs (au moins un entretien)", kind: "int" }],
    rows: rows.map((r) => [c(r.libelle), c(r.nouveaux, to?.usagersOfPeriod("nouveaux", filter(r.cle))), c(r.actifs, to?.usagersOfPeriod("actifs", filter(r.cle)))]),
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
        c(r.dossiers, to?.usagers({ referent: r.userId })),
        ...ACC_TYPES.map((t) => c(r.accompagnements[t], to?.usagers({ referent: r.userId, accompagnement: t, statut: "tous" }))),
        ...OFFICE_CANALS.map((k) => c(r.entretiens[k], to?.entretiens({ auteur: r.userId, canal: k }))),
        c(r.visitesADomicile, to?.entretiens({ auteur: r.userId, canal: "VISITE_A_DOMICILE" })),
        c(r.entretiensTotal, to?.entretiens({ auteur: r.userId })),
        c(r.sansContact60, to?.usagers({ referent: r.userId, sansContact: "60" })),
        c(r.sansContact90, to?.usagers({ referent: r.userId, sansContact: "90" })),
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
      rows: f.fiches.map((r) => {
        // The delays are those of the period's fiches: the same list as "reçues".
        const recues = to?.fiches({ vue: "toutes", site: r.siteId }, true);
        const pending = to?.fiches({ site: r.siteId }, false);
        return [
          c(r.site), c(r.recues, recues), c(r.enAttente, pending), c(r.plusAncienne, pending),
          c(r.premierContactMedian, recues), c(r.premierContactP90, recues), c(r.rdvMedian, recues), c(r.rdvP90, recues),
        ];
      }),
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
      rows: f.orientations.map((r) => {
        const all = to?.orientations({ partenaire: r.partenaireId });
        return [
          c(r.partenaire), c(r.total, all),
          ...ORIENTATION_STATUSES.map((s) => c(r.parStatut[s], to?.orientations({ partenaire: r.partenaireId, statut: s }))),
          c(r.accuseMedian, all), c(r.reponseMedian, all), c(r.reponseP90, all),
        ];
      }),
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
      rows: f.aides.map((r) => {
        const asked = to?.aides({ type: r.type }, true);
        const granted = to?.aides({ type: r.type, statut: "ACCORDEE" }, true);
        const pending = to?.aides({ type: r.type, statut: "en_attente" }, false);
        return [
          c(AIDE_TYPE_LABELS[r.type]), c(r.demandees, asked), c(r.demandeCents, asked), c(r.accordees, granted), c(r.accordeCents, granted),
          c(r.refusees, to?.aides({ type: r.type, statut: "REFUSEE" }, true)), c(r.enAttente, pending), c(r.enAttenteCents, pending),
        ];
      }),
    },
    breakdown("quartiers", "Dossiers par quartier", "Quartier", f.usagers.parQuartier, (cle) => ({ quartier: cle })),
    // The age band is the one on the last day of the period, as the figure counts it.
    breakdown("ages", "Dossiers par tranche d'âge", "Tranche d'âge", f.usagers.parAge, (cle) => ({ tranche: cle, ...(links ? { ageAu: links.au } : {}) })),
    breakdown("menages", "Dossiers par type de ménage", "Type de ménage", f.usagers.parMenage, (cle) => ({ menage: cle })),
  ];
}
