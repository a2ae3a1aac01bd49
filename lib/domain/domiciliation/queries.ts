// Reads of domiciliations, always inside the actor's scope (TS and RESPONSABLE of the
// structure): the dossier's domiciliations and the worklists with their legal deadlines.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { namesOf } from "@/lib/domain/shared/user-names";
import { isoToDate, isUuid } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { addDays, decisionDueOn, EXPIRY_WARNING_DAYS, isExpired, lastContactOf } from "./deadlines";

const today = (now: Date) => isoToDate(parisToday(now))!;

/** A domiciliation as the screens show it: status, with "expirée" derived from the validity. */
export function displayStatus(d: { status: string; finValidite: Date | null }, now = new Date()) {
  if (d.status === "ACCORDEE" && isExpired(d.finValidite, today(now))) return "EXPIREE" as const;
  return d.status as "DEMANDEE" | "ACCORDEE" | "REFUSEE" | "TERMINEE";
}

/** Every domiciliation of one dossier, the most recent request first, with its mail. */
export async function listDomiciliationsForUsager(actor: Actor, usagerId: string, { audit = false } = {}) {
  if (!isUuid(usagerId)) return [];
  const rows = await db.domiciliation.findMany({
    where: { AND: [domiciliationScope(actor), { usagerId }] },
    include: {
      entretien: { select: { id: true, date: true, canal: true } },
      courriers: { orderBy: [{ recuLe: "desc" }, { createdAt: "desc" }], take: 200 },
    },
    orderBy: [{ demandeLe: "desc" }, { createdAt: "desc" }],
  });
  if (audit && rows.length > 0) {
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "domiciliation.read", entityType: "Usager", entityId: usagerId, details: { usagerId } }));
  }
  const names = await namesOf(actor, rows.flatMap((r) => [r.decideurId, ...r.courriers.flatMap((c) => [c.remisParId, c.enregistreParId])]));
  const name = (id: string | null) => { const u = id ? names.get(id) : undefined; return u ? `${u.firstName} ${u.lastName}` : null; };
  return rows.map((r) => ({
    ...r, decisionDueOn: decisionDueOn(r.demandeLe), decideur: name(r.decideurId),
    courriers: r.courriers.map((c) => ({ ...c, remisPar: name(c.remisParId) })),
  }));
}
export type DossierDomiciliation = Awaited<ReturnType<typeof listDomiciliationsForUsager>>[number];

/** The entretiens of the dossier that may be linked as the mandatory interview. */
export async function listLinkableEntretiens(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return [];
  return db.entretien.findMany({
    where: { AND: [entretienScope(actor), { usagerId, domiciliation: null }] },
    select: { id: true, date: true, canal: true, dureeMinutes: true },
    orderBy: { date: "desc" },
    take: 30,
  });
}

const PERSON = { select: { id: true, nom: true, prenom: true, numeroDossier: true, lastContactAt: true } } as const;

/**
 * The three worklists of /domiciliations: requests awaiting a decision (due 2 months after the
 * request, overdue first), domiciliations expiring in the next 30 days, ends proposed by the job.
 */
export async function listDomiciliationWorklists(actor: Actor, now = new Date()) {
  const scope = domiciliationScope(actor);
  const t = today(now);
  const [pending, expiring, proposed, enVigueur] = await Promise.all([
    db.domiciliation.findMany({ where: { AND: [scope, { status: "DEMANDEE" }] }, include: { usager: PERSON }, orderBy: [{ demandeLe: "asc" }], take: 500 }),
    db.domiciliation.findMany({
      where: { AND: [scope, { status: "ACCORDEE", finValidite: { gte: t, lte: addDays(t, EXPIRY_WARNING_DAYS) } }] },
      include: { usager: PERSON }, orderBy: [{ finValidite: "asc" }], take: 500,
    }),
    db.domiciliation.findMany({ where: { AND: [scope, { status: "ACCORDEE", finProposeeLe: { not: null } }] }, include: { usager: PERSON }, orderBy: [{ finProposeeLe: "asc" }], take: 500 }),
    db.domiciliation.count({ where: { AND: [scope, { status: "ACCORDEE", finValidite: { gte: t } }] } }),
  ]);
  return {
    decisionsDue: pending.map((d) => ({ ...d, dueOn: decisionDueOn(d.demandeLe), overdue: decisionDueOn(d.demandeLe) < t })),
    expiring,
    endsProposed: proposed.map((d) => ({ ...d, lastContact: lastContactOf(d, d.usager.lastContactAt) })),
    enVigueur,
  };
}
export type DomiciliationWorklists = Awaited<ReturnType<typeof listDomiciliationWorklists>>;
