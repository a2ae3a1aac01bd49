// The maraude inbox and one report, read through the signalement scope (team members and the
// RESPONSABLE of the structure). A foreign or unknown id reads as null (404).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { signalementScope } from "@/lib/auth/scopes/signalement";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isUuid } from "@/lib/domain/shared/fields";
import { instantRange, ZOptionalDay } from "@/lib/domain/shared/day-range";
import { nameLookup } from "@/lib/domain/shared/user-names";
import { SIGNALEMENT_STATUSES, type SignalementStatus } from "./labels";

/** "ouverts": everything not closed (the inbox's default view). */
export type InboxFilter = SignalementStatus | "OUVERTS" | "TOUS";

/** `du`/`au`: received between these Paris days (both included), as the dashboard links them. */
export type InboxParams = { statut: InboxFilter; du: string; au: string };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export function parseInboxParams(raw: Record<string, string | string[] | undefined>): InboxParams {
  const v = first(raw.statut);
  const statut = v === "TOUS" || (SIGNALEMENT_STATUSES as readonly string[]).includes(v) ? (v as InboxFilter) : "OUVERTS";
  return { statut, du: ZOptionalDay.parse(first(raw.du)), au: ZOptionalDay.parse(first(raw.au)) };
}

export async function listSignalements(actor: Actor, { statut, du, au }: InboxParams) {
  const status = statut === "OUVERTS" ? { not: "CLOS" as const } : statut === "TOUS" ? undefined : statut;
  const received = instantRange(du, au);
  return db.signalement.findMany({
    where: { AND: [signalementScope(actor), status ? { status } : {}, received ? { createdAt: received } : {}] },
    select: { id: true, reference: true, createdAt: true, status: true, statusChangedAt: true, personne: true, commune: true, quartier: true, lieu: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}
export type InboxRow = Awaited<ReturnType<typeof listSignalements>>[number];

/** New reports waiting: the navigation's badge and the inbox's heading. */
export async function countNewSignalements(actor: Actor): Promise<number> {
  return db.signalement.count({ where: { AND: [signalementScope(actor), { status: "NOUVEAU" }] } });
}

export async function getSignalement(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const s = await db.signalement.findFirst({
    where: { AND: [signalementScope(actor), { id }] },
    include: {
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      usager: { select: { id: true, numeroDossier: true, nom: true, prenom: true } },
    },
  });
  if (!s) return null;
  const names = await nameLookup(actor, s.events.map((e) => e.byId));
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "signalement.read", entityType: "Signalement", entityId: s.id }));
  return { ...s, history: s.events.map((e) => ({ id: e.id, at: e.at, status: e.status, note: e.note, by: e.byId ? names(e.byId) : "Page publique" })) };
}
export type SignalementDetail = NonNullable<Awaited<ReturnType<typeof getSignalement>>>;
