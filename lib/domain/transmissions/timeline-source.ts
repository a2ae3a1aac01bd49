// Transmissions in the dossier history: who wrote, an excerpt, a link to the message on the dossier.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { transmissionScope } from "@/lib/auth/scopes/transmission";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { excerpt } from "@/lib/domain/shared/excerpt";

export async function transmissionTimelineEvents(actor: Actor, usagerId: string, names: (id: string) => string | null): Promise<TimelineEvent[]> {
  const rows = await db.transmission.findMany({
    where: { AND: [transmissionScope(actor), { usagerId }] },
    select: { id: true, createdAt: true, authorId: true, texte: true, parentId: true },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  return rows.map((t) => ({
    id: `transmission-${t.id}`, at: t.createdAt, kind: "transmission", by: names(t.authorId),
    title: t.parentId ? "Réponse à une transmission" : "Transmission entre collègues",
    detail: excerpt(t.texte),
    href: `/usagers/${usagerId}#transmission-${t.parentId ?? t.id}`,
  }));
}
