// The accueil in a dossier's history: each passage at a desk and each wait in the queue of a
// walk-in permanence, read through the actor's scope (the register's reach). No link: the
// register is the desk's tool, not a page of the dossier.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { fileAttenteScope } from "@/lib/auth/scopes/file-attente";
import { passageScope } from "@/lib/auth/scopes/passage";
import type { TimelineEvent, UserNames } from "@/lib/domain/shared/dossier-part";
import { queueOutcome, passageAnswer, motifsText } from "./dossier-lines";

export async function accueilTimelineEvents(actor: Actor, usagerId: string, names: UserNames): Promise<TimelineEvent[]> {
  const [passages, entries] = await Promise.all([
    db.passage.findMany({
      where: { AND: [passageScope(actor), { usagerId }] },
      select: { id: true, survenuLe: true, motifs: true, reponse: true, enregistreParId: true, site: { select: { name: true } }, partenaire: { select: { nom: true } } },
      orderBy: { survenuLe: "desc" }, take: 300,
    }),
    db.fileAttenteEntree.findMany({
      where: { AND: [fileAttenteScope(actor), { usagerId }] },
      select: { id: true, arriveeLe: true, ticket: true, motif: true, status: true, orientationPrecision: true, ajouteParId: true, traiteParId: true, site: { select: { name: true } } },
      orderBy: { arriveeLe: "desc" }, take: 300,
    }),
  ]);
  return [
    ...passages.map((p): TimelineEvent => ({
      id: `passage-${p.id}`, at: p.survenuLe, kind: "accueil", by: names(p.enregistreParId),
      title: `Passage à l'accueil (${p.site.name})`,
      detail: `${motifsText(p.motifs)} · ${passageAnswer(p.reponse, p.partenaire?.nom)}`,
    })),
    ...entries.map((e): TimelineEvent => ({
      id: `file-${e.id}`, at: e.arriveeLe, kind: "accueil", by: names(e.ajouteParId),
      title: `Permanence sans rendez-vous (${e.site.name}), ticket n° ${e.ticket}`,
      detail: `${motifsText([e.motif])} · ${queueOutcome(e.status, e.traiteParId ? names(e.traiteParId) : null, e.orientationPrecision)}`,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}
