// Domiciliation events of a dossier's history, read from the audit rows the commands write:
// request, interview, decision, renewal, end, letters are not events; mail handed over is.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { nameLookup, type NameLookup } from "@/lib/domain/shared/user-names";
import { formatCalendarDate } from "@/lib/format";
import { MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "./labels";

const ACTIONS = ["domiciliation.request", "domiciliation.entretien", "domiciliation.decision", "domiciliation.renew", "domiciliation.end"];
const fr = (iso: unknown) => (typeof iso === "string" ? formatCalendarDate(new Date(`${iso}T00:00:00Z`)) : "—");

export async function domiciliationTimelineEvents(actor: Actor, usagerId: string, names?: NameLookup): Promise<TimelineEvent[]> {
  const rows = await db.domiciliation.findMany({ where: { AND: [domiciliationScope(actor), { usagerId }] }, select: { id: true } });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [entries, courriers] = await Promise.all([
    db.auditLog.findMany({ where: { entityType: "Domiciliation", entityId: { in: ids }, action: { in: ACTIONS } }, orderBy: { at: "desc" }, take: 300 }),
    db.courrierDomiciliation.findMany({ where: { domiciliationId: { in: ids }, status: "REMIS" }, select: { id: true, remisLe: true, remisParId: true }, take: 300 }),
  ]);
  const lookup = names ?? (await nameLookup(actor, [...entries.map((e) => e.actorId), ...courriers.map((c) => c.remisParId)]));
  const name = (id: string | null) => (id ? lookup(id) : null);
  const href = `/usagers/${usagerId}/domiciliation`;
  const events = entries.map((e): TimelineEvent => {
    const d = (e.details ?? {}) as Record<string, unknown>;
    const base = { id: `domiciliation-${e.id}`, at: e.at, kind: "domiciliation" as const, by: name(e.actorId), href };
    switch (e.action) {
      case "domiciliation.request": return { ...base, title: "Demande de domiciliation enregistrée", detail: null };
      case "domiciliation.entretien": return { ...base, title: "Entretien préalable à la domiciliation rattaché", detail: null };
      case "domiciliation.renew": return { ...base, title: "Domiciliation renouvelée", detail: `Valable jusqu'au ${fr(d.finValidite)}` };
      case "domiciliation.end": return { ...base, title: "Fin de la domiciliation", detail: MOTIF_FIN_LABELS[d.motif as keyof typeof MOTIF_FIN_LABELS] ?? null };
      default:
        return d.decision === "ACCORDEE"
          ? { ...base, title: "Domiciliation accordée", detail: `Du ${fr(d.debut)} au ${fr(d.finValidite)}` }
          : { ...base, title: "Domiciliation refusée", detail: MOTIF_REFUS_LABELS[d.motif as keyof typeof MOTIF_REFUS_LABELS] ?? null };
    }
  });
  const remis = courriers.filter((c) => c.remisLe).map((c): TimelineEvent => ({
    id: `courrier-${c.id}`, at: c.remisLe!, kind: "domiciliation", title: "Courrier remis", detail: "Signature recueillie", by: name(c.remisParId), href,
  }));
  return [...events, ...remis].sort((a, b) => b.at.getTime() - a.at.getTime());
}
