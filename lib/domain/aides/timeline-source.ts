// Aid events of a dossier's history, read from the audit rows the commands write (requested,
// instruction, decision, payment). An aid imported without its request row still shows the
// request, from the row itself. Reads and edits of the request are not history events.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { aideScope } from "@/lib/auth/scopes/aide";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { nameLookup, type NameLookup } from "@/lib/domain/shared/user-names";
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { AIDE_TYPE_LABELS, MODE_PAIEMENT_LABELS, type AideStatus } from "./labels";

const EVENT_ACTIONS = ["aide.create", "aide.status", "aide.payment"];
const STATUS_TITLES: Record<AideStatus, string> = {
  DEMANDEE: "Demande d'aide enregistrée", EN_INSTRUCTION: "Demande d'aide mise en instruction", ACCORDEE: "Aide accordée",
  REFUSEE: "Aide refusée", AJOURNEE: "Demande d'aide ajournée", ABANDONNEE: "Demande d'aide abandonnée",
};

/** `names` may be given by the caller (the dossier timeline resolves the structure's users once). */
export async function aideTimelineEvents(actor: Actor, usagerId: string, names?: NameLookup): Promise<TimelineEvent[]> {
  const aides = await db.aide.findMany({
    where: { AND: [aideScope(actor), { usagerId }] },
    select: { id: true, type: true, montantDemandeCents: true, createdAt: true, instructeurId: true },
  });
  if (aides.length === 0) return [];
  const entries = await db.auditLog.findMany({
    where: { entityType: "Aide", entityId: { in: aides.map((a) => a.id) }, action: { in: EVENT_ACTIONS } },
    orderBy: { at: "desc" },
    take: 500,
  });
  const lookup = names ?? (await nameLookup(actor, [...entries.map((e) => e.actorId), ...aides.map((a) => a.instructeurId)]));
  const name = (id: string | null) => (id ? lookup(id) : null);
  const byId = new Map(aides.map((a) => [a.id, a]));
  const href = (id: string) => `/usagers/${usagerId}/aides/${id}`;
  const requested = (a: (typeof aides)[number]) => `${AIDE_TYPE_LABELS[a.type]} · ${formatEuros(a.montantDemandeCents)} demandés`;
  const events = entries.map((e): TimelineEvent => {
    const aide = byId.get(e.entityId!)!;
    const d = (e.details ?? {}) as Record<string, unknown>;
    const base = { id: `aide-${e.id}`, at: e.at, kind: "aide" as const, by: name(e.actorId), href: href(aide.id) };
    if (e.action === "aide.create") return { ...base, title: STATUS_TITLES.DEMANDEE, detail: requested(aide) };
    if (e.action === "aide.payment") {
      const mode = MODE_PAIEMENT_LABELS[d.modePaiement as keyof typeof MODE_PAIEMENT_LABELS] ?? null;
      const le = typeof d.payeLe === "string" ? ` le ${formatCalendarDate(new Date(`${d.payeLe}T00:00:00Z`))}` : "";
      return { ...base, title: "Aide payée", detail: `${AIDE_TYPE_LABELS[aide.type]}${mode ? ` · ${mode}` : ""}${le}` };
    }
    const vers = d.vers as AideStatus;
    const detail = vers === "ACCORDEE" && typeof d.montantAccordeCents === "number"
      ? `${AIDE_TYPE_LABELS[aide.type]} · ${formatEuros(d.montantAccordeCents)} accordés`
      : AIDE_TYPE_LABELS[aide.type];
    return { ...base, title: STATUS_TITLES[vers] ?? "Statut de l'aide modifié", detail };
  });
  const withRequest = new Set(entries.filter((e) => e.action === "aide.create").map((e) => e.entityId));
  const synthetic = aides.filter((a) => !withRequest.has(a.id)).map((a): TimelineEvent => ({
    id: `aide-demande-${a.id}`, at: a.createdAt, kind: "aide", title: STATUS_TITLES.DEMANDEE, detail: requested(a),
    by: name(a.instructeurId), href: href(a.id),
  }));
  return [...events, ...synthetic].sort((a, b) => b.at.getTime() - a.at.getTime());
}
