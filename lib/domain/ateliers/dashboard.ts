// Workshop figures for the dashboard over a period (and optionally one site): sessions held,
// participants, attendance rate, by theme. A RESPONSABLE sees the structure; a travailleur social
// the workshops they facilitate. Only held sessions (réalisé) count towards participation.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canListAteliers, canViewAllCaseloads } from "@/lib/auth/permissions";
import { atelierScope } from "@/lib/auth/scopes/atelier";
import type { DashboardFilter } from "@/lib/domain/dashboard/filter";
import type { Cell, DashboardTable, ListLinks } from "@/lib/domain/dashboard/tables";
import { ATELIER_THEME_LABELS, type AtelierTheme } from "./labels";
import { listHref } from "@/lib/domain/shared/list-href";

export type AteliersThemeFigures = { theme: AtelierTheme; label: string; seances: number; participants: number };
export type AteliersDashboardFigures = {
  /** Sessions held (réalisé) starting in the period. */
  seancesRealisees: number;
  seancesPlanifiees: number;
  seancesAnnulees: number;
  /** Attendances marked "présent" at held sessions (one person at two sessions counts twice). */
  participations: number;
  /** Distinct persons present at least once. */
  personnes: number;
  /** présent / (présent + absent + excusé) over held sessions; null when nothing was recorded. */
  tauxPresence: number | null;
  parTheme: AteliersThemeFigures[];
};

export async function ateliersDashboardFigures(actor: Actor, filter: DashboardFilter): Promise<AteliersDashboardFigures> {
  const empty: AteliersDashboardFigures = {
    seancesRealisees: 0, seancesPlanifiees: 0, seancesAnnulees: 0, participations: 0, personnes: 0, tauxPresence: null, parTheme: [],
  };
  if (!canListAteliers(actor)) return empty;
  const ateliers = await db.atelier.findMany({
    where: {
      AND: [
        atelierScope(actor),
        { debut: { gte: filter.from, lt: filter.to } },
        filter.siteId ? { siteId: filter.siteId } : {},
        // The dashboard's rule: a TS sees their own caseload, a RESPONSABLE the structure's.
        canViewAllCaseloads(actor) ? {} : { animateurId: actor.id },
      ],
    },
    select: {
      id: true, theme: true, status: true,
      inscriptions: { where: { status: "INSCRIT", presence: { not: null } }, select: { usagerId: true, presence: true } },
    },
  });
  const figures = { ...empty, parTheme: [] as AteliersThemeFigures[] };
  const personnes = new Set<string>();
  const themes = new Map<AtelierTheme, AteliersThemeFigures>();
  let recorded = 0;
  for (const a of ateliers) {
    if (a.status === "PLANIFIE") figures.seancesPlanifiees++;
    if (a.status === "ANNULE") figures.seancesAnnulees++;
    if (a.status !== "REALISE") continue;
    figures.seancesRealisees++;
    const present = a.inscriptions.filter((i) => i.presence === "PRESENT");
    recorded += a.inscriptions.length;
    figures.participations += present.length;
    for (const p of present) personnes.add(p.usagerId);
    const t = themes.get(a.theme) ?? { theme: a.theme, label: ATELIER_THEME_LABELS[a.theme], seances: 0, participants: 0 };
    t.seances++;
    t.participants += present.length;
    themes.set(a.theme, t);
  }
  figures.personnes = personnes.size;
  figures.tauxPresence = recorded === 0 ? null : figures.participations / recorded;
  figures.parTheme = [...themes.values()].sort((x, y) => y.seances - x.seances || x.label.localeCompare(y.label, "fr"));
  return figures;
}

const ateliersHref = (q: Record<string, string | null>) => listHref("/ateliers", q);

/**
 * The Ateliers section of the dashboard: the table by theme and the figures of its sentence, each
 * number with the list of the workshops it counts (same period, site, facilitator, status, theme).
 * Participations and persons are sums over the list of held sessions (the list shows them), and
 * the attendance rate is computed over that same list. `links` null: no link.
 */
export function ateliersDashboardView(f: AteliersDashboardFigures, links: ListLinks | null) {
  const to = (q: Record<string, string>) =>
    links ? ateliersHref({ periode: "toutes", du: links.du, au: links.au, site: links.site, animateur: links.workerId, ...q }) : undefined;
  const c = (v: number, href: string | undefined): Cell => (href && v > 0 ? { v, href } : { v });
  const held = to({ statut: "REALISE" });
  const table: DashboardTable = {
    key: "ateliers", title: "Ateliers collectifs réalisés par thème",
    columns: [{ header: "Thème", kind: "texte" }, { header: "Séances réalisées", kind: "int" }, { header: "Participations", kind: "int" }],
    rows: f.parTheme.map((t) => {
      const list = to({ statut: "REALISE", theme: t.theme });
      return [{ v: t.label }, c(t.seances, list), c(t.participants, list)];
    }),
  };
  return {
    table,
    summary: {
      seancesRealisees: c(f.seancesRealisees, held),
      participations: c(f.participations, held),
      personnes: c(f.personnes, held),
      tauxPresence: held && f.tauxPresence != null ? { v: f.tauxPresence, href: held } : { v: f.tauxPresence },
      seancesPlanifiees: c(f.seancesPlanifiees, to({ statut: "PLANIFIE" })),
      seancesAnnulees: c(f.seancesAnnulees, to({ statut: "ANNULE" })),
    },
  };
}
export type AteliersDashboardView = ReturnType<typeof ateliersDashboardView>;
