// Workshop events of a dossier's history, read from the audit rows the commands write:
// registration (or waiting list), moved from the waiting list, unregistration, attendance.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { atelierInscriptionScope } from "@/lib/auth/scopes/atelier";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { rowsById } from "@/lib/domain/shared/related-rows";
import { formatDateTime } from "@/lib/format";
import { ATELIER_THEME_LABELS, PRESENCE_LABELS, type Presence } from "./labels";

const EVENT_ACTIONS = ["atelier.inscription", "atelier.attente_promue", "atelier.desinscription", "atelier.presence"];

export async function atelierTimelineEvents(actor: Actor, usagerId: string, names: (id: string) => string | null): Promise<TimelineEvent[]> {
  const inscriptions = await db.atelierInscription.findMany({
    where: { AND: [atelierInscriptionScope(actor), { usagerId }] },
    select: { id: true, atelierId: true },
  });
  if (inscriptions.length === 0) return [];
  const [ateliers, entries] = await Promise.all([
    rowsById(inscriptions.map((i) => i.atelierId), (ids) => db.atelier.findMany({ where: { id: { in: ids } }, select: { id: true, titre: true, theme: true, debut: true } })),
    db.auditLog.findMany({
      where: { entityType: "AtelierInscription", entityId: { in: inscriptions.map((i) => i.id) }, action: { in: EVENT_ACTIONS } },
      orderBy: { at: "desc" },
      take: 500,
    }),
  ]);
  const atelierOf = new Map(inscriptions.map((i) => [i.id, i.atelierId]));
  return entries.map((e): TimelineEvent => {
    const atelier = ateliers.get(atelierOf.get(e.entityId!)!)!;
    const d = (e.details ?? {}) as Record<string, unknown>;
    const detail = `${atelier.titre} · ${ATELIER_THEME_LABELS[atelier.theme]} · ${formatDateTime(atelier.debut)}`;
    const base = { id: `atelier-${e.id}`, at: e.at, kind: "atelier" as const, by: e.actorId ? names(e.actorId) : null, href: `/ateliers/${atelier.id}`, detail };
    switch (e.action) {
      case "atelier.inscription":
        return { ...base, title: d.status === "ATTENTE" ? "Inscription à un atelier (liste d'attente)" : "Inscription à un atelier" };
      case "atelier.attente_promue":
        return { ...base, title: "Place obtenue à un atelier (depuis la liste d'attente)" };
      case "atelier.desinscription":
        return { ...base, title: "Désinscription d'un atelier" };
      default: {
        const presence = PRESENCE_LABELS[d.presence as Presence];
        return { ...base, title: presence ? `Présence à l'atelier : ${presence.toLowerCase()}` : "Présence à l'atelier effacée" };
      }
    }
  });
}
