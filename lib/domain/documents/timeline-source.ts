// Document events of a dossier's history (added, deleted, restored), from the audit rows the
// commands write, for the documents the actor may see. Reads, renames and downloads are not events.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { documentScope } from "@/lib/auth/scopes/document";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { nameLookup, type NameLookup } from "@/lib/domain/shared/user-names";
import { DOCUMENT_TYPE_LABELS } from "./labels";

const TITLES: Record<string, string> = {
  "document.upload": "Pièce jointe ajoutée", "document.delete": "Pièce jointe supprimée", "document.restore": "Pièce jointe restaurée",
  "document.generate": "Courrier généré",
};

export async function documentTimelineEvents(actor: Actor, usagerId: string, names?: NameLookup): Promise<TimelineEvent[]> {
  const docs = await db.document.findMany({ where: { AND: [documentScope(actor), { usagerId }] }, select: { id: true, name: true, type: true } });
  if (docs.length === 0) return [];
  const entries = await db.auditLog.findMany({
    where: { entityType: "Document", entityId: { in: docs.map((d) => d.id) }, action: { in: Object.keys(TITLES) } },
    orderBy: { at: "desc" },
    take: 500,
  });
  const lookup = names ?? (await nameLookup(actor, entries.map((e) => e.actorId)));
  const byId = new Map(docs.map((d) => [d.id, d]));
  return entries.map((e): TimelineEvent => {
    const doc = byId.get(e.entityId!)!;
    return {
      id: `document-${e.id}`, at: e.at, kind: "document", title: TITLES[e.action]!,
      detail: `${doc.name} · ${DOCUMENT_TYPE_LABELS[doc.type]}`, by: e.actorId ? lookup(e.actorId) : null,
    };
  });
}
