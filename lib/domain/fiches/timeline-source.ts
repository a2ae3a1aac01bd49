// The fiches of a dossier as lines of its history (lib/domain/dossier/timeline.ts): the sending
// and each status change, linking to the fiche. The evaluation notes stay on the fiche's page.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ficheCcasScope } from "@/lib/auth/scopes/fiche";
import { usagerScope } from "@/lib/auth/scopes/usager";
import type { TimelineEvent, UserNames } from "@/lib/domain/shared/dossier-part";
import { rowsById, rowsByParent } from "@/lib/domain/shared/related-rows";
import { formatDateTime } from "@/lib/format";
import { FICHE_CLOTURE_LABELS, FICHE_MOTIF_LABELS, RDV_LIEU_LABELS, type FicheStatus } from "./labels";

type Fiche = {
  reference: string; reorienteeVers: string | null; motifCloture: keyof typeof FICHE_CLOTURE_LABELS | null;
  rdvDate: Date | null; rdvLieu: keyof typeof RDV_LIEU_LABELS | null; rdvLieuPrecision: string | null;
};

const TITLES: Record<Exclude<FicheStatus, "ENVOYEE">, string> = {
  RECUE: "Fiche de liaison reçue", EN_COURS: "Fiche de liaison prise en charge", RDV_FIXE: "Rendez-vous fixé (fiche de liaison)",
  REORIENTEE: "Fiche de liaison réorientée", CLOTUREE: "Fiche de liaison clôturée",
};

function detailOf(status: FicheStatus, f: Fiche): string {
  switch (status) {
    case "RDV_FIXE": {
      const lieu = f.rdvLieu ? ` · ${RDV_LIEU_LABELS[f.rdvLieu]}${f.rdvLieuPrecision ? ` (${f.rdvLieuPrecision})` : ""}` : "";
      return `${f.reference} · le ${formatDateTime(f.rdvDate)}${lieu}`;
    }
    case "REORIENTEE":
      return `${f.reference} · vers ${f.reorienteeVers ?? "—"}`;
    case "CLOTUREE":
      return `${f.reference} · ${f.motifCloture ? FICHE_CLOTURE_LABELS[f.motifCloture] : "—"}`;
    default:
      return f.reference;
  }
}

export async function ficheTimelineEvents(actor: Actor, usagerId: string, name: UserNames): Promise<TimelineEvent[]> {
  const usager = await db.usager.findFirst({ where: { AND: [usagerScope(actor), { id: usagerId }] }, select: { id: true } });
  if (!usager) return [];
  const fiches = await db.ficheLiaison.findMany({
    where: { AND: [ficheCcasScope(actor), { usagerId }] },
    select: {
      id: true, reference: true, agentId: true, motifs: true, reorienteeVers: true, motifCloture: true, rdvDate: true,
      rdvLieu: true, rdvLieuPrecision: true, siteId: true,
    },
    take: 50,
  });
  const [sites, events] = await Promise.all([
    rowsById(fiches.map((f) => f.siteId), (ids) => db.site.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    rowsByParent(fiches.map((f) => f.id), (ids) => db.ficheEvent.findMany({ where: { ficheId: { in: ids } }, orderBy: { at: "asc" } }), (e) => e.ficheId),
  ]);
  return fiches.flatMap((f) =>
    (events.get(f.id) ?? []).map((e): TimelineEvent => ({
      id: `fiche-${e.id}`, at: e.at, kind: "fiche", href: `/fiches-liaison/${f.id}`,
      by: name(e.actorId),
      ...(e.status === "ENVOYEE"
        ? { title: `Fiche de liaison envoyée par ${sites.get(f.siteId)?.name ?? "—"}`, detail: `${f.reference} · ${f.motifs.map((m) => FICHE_MOTIF_LABELS[m]).join(", ")}` }
        : { title: TITLES[e.status], detail: detailOf(e.status, f) }),
    })),
  ).sort((a, b) => b.at.getTime() - a.at.getTime());
}
