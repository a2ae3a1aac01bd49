// Entretiens in the dossier history. The confidential note never appears here.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { excerpt } from "@/lib/domain/shared/excerpt";
import { CANAL_LABELS, DOMAINE_LABELS } from "./labels";

export async function entretienTimelineEvents(actor: Actor, usagerId: string, names: (id: string) => string | null): Promise<TimelineEvent[]> {
  const rows = await db.entretien.findMany({
    where: { AND: [entretienScope(actor), { usagerId }] },
    select: { id: true, date: true, canal: true, dureeMinutes: true, objets: true, resume: true, authorId: true },
    orderBy: { date: "desc" },
    take: 500,
  });
  return rows.map((e) => ({
    id: `entretien-${e.id}`, at: e.date, kind: "entretien", by: names(e.authorId),
    title: `Entretien (${CANAL_LABELS[e.canal].toLowerCase()}, ${e.dureeMinutes} min) : ${e.objets.map((o) => DOMAINE_LABELS[o]).join(", ")}`,
    detail: excerpt(e.resume),
  }));
}
