// The accueil in a dossier's history: each passage at a desk and each wait in the queue of a
// walk-in permanence, read through the actor's scope (the register's reach). No link: the
// register is the desk's tool, not a page of the dossier.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { fileAttenteScope } from "@/lib/auth/scopes/file-attente";
import { passageScope } from "@/lib/auth/scopes/passage";
import type { TimelineEvent, UserNames } from "@/lib/domain/shared/dossier-part";
import { rowsById } from "@/lib/domain/shared/related-rows";
import { queueOutcome, passageAnswer, motifsText } from "./dossier-lines";

export async function accueilTimelineEvents(actor: Actor, usagerId: string, names: UserNames): Promise<TimelineEvent[]> {
  const [passages, entries] = await Promise.all([
    db.passage.findMany({
      where: { AND: [passageScope(actor), { usagerId }] },
      select: { id: true, survenuLe: true, motifs: true, reponse: true, enregistreParId: true, siteId: true, partenaireId: true },
      orderBy: { survenuLe: "desc" }, take: 300,
    }),
    db.fileAttenteEntree.findMany({
      where: { AND: [fileAttenteScope(actor), { usagerId }] },
      select: { id: true, arriveeLe: true, ticket: true, motif: true, status: true, orientationPrecision: true, ajouteParId: true, traiteParId: true, siteId: true },
      orderBy: { arriveeLe: "desc" }, take: 300,
    }),
  ]);
  const [sites, partenaires] = await Promise.all([
    rowsById([...passages, ...entries].map((r) => r.siteId), (ids) => db.site.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    rowsById(passages.map((p) => p.partenaireId), (ids) => db.partenaire.findMany({ where: { id: { in: ids } }, select: { id: true, nom: true } })),
  ]);
  const siteName = (id: string) => sites.get(id)?.name ?? "—";
  return [
    ...passages.map((p): TimelineEvent => ({
      id: `passage-${p.id}`, at: p.survenuLe, kind: "accueil", by: names(p.enregistreParId),
      title: `Passage à l'accueil (${siteName(p.siteId)})`,
      detail: `${motifsText(p.motifs)} · ${passageAnswer(p.reponse, p.partenaireId ? partenaires.get(p.partenaireId)?.nom : undefined)}`,
    })),
    ...entries.map((e): TimelineEvent => ({
      id: `file-${e.id}`, at: e.arriveeLe, kind: "accueil", by: names(e.ajouteParId),
      title: `Permanence sans rendez-vous (${siteName(e.siteId)}), ticket n° ${e.ticket}`,
      detail: `${motifsText([e.motif])} · ${queueOutcome(e.status, e.traiteParId ? names(e.traiteParId) : null, e.orientationPrecision)}`,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}
