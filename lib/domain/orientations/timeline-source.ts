// Orientations in the dossier history: the sending and each status change, dated when it
// happened. Only the partner's name and the status appear: the motive stays on the detail page.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { rowsById, rowsByParent } from "@/lib/domain/shared/related-rows";
import { RELANCE_NOTE } from "./commands";
import { ORIENTATION_STATUS_LABELS } from "./labels";

export async function orientationTimelineEvents(actor: Actor, usagerId: string, names: (id: string) => string | null): Promise<TimelineEvent[]> {
  const rows = await db.orientation.findMany({
    where: { AND: [orientationScope(actor), { usagerId }] },
    select: { id: true, partenaireId: true },
    take: 200,
  });
  const [partenaires, events] = await Promise.all([
    rowsById(rows.map((o) => o.partenaireId), (ids) => db.partenaire.findMany({ where: { id: { in: ids } }, select: { id: true, nom: true } })),
    rowsByParent(rows.map((o) => o.id), (ids) => db.orientationEvent.findMany({
      where: { orientationId: { in: ids } }, select: { id: true, orientationId: true, at: true, status: true, note: true, actorId: true },
    }), (e) => e.orientationId),
  ]);
  return rows.flatMap((row) => (events.get(row.id) ?? []).map((e): TimelineEvent => {
    const o = { id: row.id, partenaire: partenaires.get(row.partenaireId) ?? { nom: "—" } };
    const relance = e.note === RELANCE_NOTE;
    const title = e.status === "ENVOYEE" && !relance
      ? `Orientation vers ${o.partenaire.nom}`
      : `Orientation vers ${o.partenaire.nom} : ${relance ? "partenaire relancé" : ORIENTATION_STATUS_LABELS[e.status].toLowerCase()}`;
    return {
      id: `orientation-${e.id}`, at: e.at, kind: "orientation", title, by: e.actorId ? names(e.actorId) : null,
      detail: e.status === "REFUSEE" && e.note ? `Motif du refus : ${e.note}` : null,
      href: `/usagers/${usagerId}/orientations/${o.id}`,
    };
  }));
}
