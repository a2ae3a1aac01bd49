// Accompagnement events of a dossier's history, read from the audit rows the commands write
// (opened, status changes, closing). An accompagnement imported without an opening row still
// shows its opening, from the row itself. Reads and edits of details are not history events.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { formatCalendarDate } from "@/lib/format";
import { ACCOMPAGNEMENT_STATUS_LABELS, ACCOMPAGNEMENT_TYPE_SHORT, MOTIF_CLOTURE_LABELS } from "./labels";
import { nameLookup, type NameLookup } from "@/lib/domain/shared/user-names";

const EVENT_ACTIONS = ["accompagnement.open", "accompagnement.status"];

/** `names` may be given by the caller (the dossier timeline resolves the structure's users once). */
export async function accompagnementTimelineEvents(actor: Actor, usagerId: string, names?: NameLookup): Promise<TimelineEvent[]> {
  const accs = await db.accompagnement.findMany({
    where: { AND: [accompagnementScope(actor), { usagerId }] },
    select: { id: true, type: true, debut: true, createdAt: true, referentId: true },
  });
  if (accs.length === 0) return [];
  const entries = await db.auditLog.findMany({
    where: { entityType: "Accompagnement", entityId: { in: accs.map((a) => a.id) }, action: { in: EVENT_ACTIONS } },
    orderBy: { at: "desc" },
    take: 500,
  });
  const lookup = names ?? (await nameLookup(actor, [...entries.map((e) => e.actorId), ...accs.map((a) => a.referentId)]));
  const name = (id: unknown) => (typeof id === "string" ? lookup(id) : null);
  const byId = new Map(accs.map((a) => [a.id, a]));
  const events = entries.map((e): TimelineEvent => {
    const acc = byId.get(e.entityId!)!;
    const d = (e.details ?? {}) as Record<string, unknown>;
    const type = ACCOMPAGNEMENT_TYPE_SHORT[acc.type];
    const base = { id: `acc-${e.id}`, at: e.at, kind: "accompagnement" as const, by: name(e.actorId), href: `/usagers/${usagerId}/accompagnements/${acc.id}` };
    if (e.action === "accompagnement.open") {
      const referent = name(d.referentId);
      return { ...base, title: `Accompagnement ${type.toLowerCase()} ouvert`, detail: `Début le ${formatCalendarDate(acc.debut)}${referent ? ` · référent·e : ${referent}` : ""}` };
    }
    const vers = d.vers as keyof typeof ACCOMPAGNEMENT_STATUS_LABELS;
    if (vers === "CLOS") {
      const motif = MOTIF_CLOTURE_LABELS[d.motif as keyof typeof MOTIF_CLOTURE_LABELS];
      return { ...base, title: `Accompagnement ${type.toLowerCase()} clos`, detail: motif ? `Motif : ${motif}` : null };
    }
    const de = ACCOMPAGNEMENT_STATUS_LABELS[d.de as keyof typeof ACCOMPAGNEMENT_STATUS_LABELS] ?? String(d.de);
    return { ...base, title: `Accompagnement ${type.toLowerCase()} : statut modifié`, detail: `${de} → ${ACCOMPAGNEMENT_STATUS_LABELS[vers] ?? String(vers)}` };
  });
  const opened = new Set(entries.filter((e) => e.action === "accompagnement.open").map((e) => e.entityId));
  const synthetic = accs.filter((a) => !opened.has(a.id)).map((a): TimelineEvent => ({
    id: `acc-open-${a.id}`, at: a.createdAt, kind: "accompagnement", by: null, href: `/usagers/${usagerId}/accompagnements/${a.id}`,
    title: `Accompagnement ${ACCOMPAGNEMENT_TYPE_SHORT[a.type].toLowerCase()} ouvert`,
    detail: `Début le ${formatCalendarDate(a.debut)}${name(a.referentId) ? ` · référent·e : ${name(a.referentId)}` : ""}`,
  }));
  return [...events, ...synthetic].sort((a, b) => b.at.getTime() - a.at.getTime());
}
