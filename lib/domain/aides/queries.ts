// Reads, always inside the actor's scope: a foreign or missing id gives null (the page answers
// 404). Opening an aid is a read of the dossier: it goes to the audit log.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canListAides, canSeeAllAideRequests } from "@/lib/auth/permissions";
import { aideScope, aideWorklistScope } from "@/lib/auth/scopes/aide";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { namesOf } from "@/lib/domain/shared/user-names";
import { isUuid } from "@/lib/domain/shared/fields";
import { dateColumnRange } from "@/lib/domain/shared/day-range";
import type { AideListParams } from "./list-params";
import { PENDING_AIDE_STATUSES } from "./status-machine";

const LIST_SELECT = {
  id: true, usagerId: true, type: true, objet: true, status: true, montantDemandeCents: true, montantAccordeCents: true,
  demandeLe: true, commissionLe: true, decisionLe: true, payeLe: true, instructeurId: true, accompagnementId: true,
} as const;

/** The aids of one dossier, the most recent request first. */
export async function listAidesForUsager(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return [];
  return db.aide.findMany({
    where: { AND: [aideScope(actor), { usagerId }] },
    select: LIST_SELECT,
    orderBy: [{ demandeLe: "desc" }, { createdAt: "desc" }],
  });
}
export type AideListRow = Awaited<ReturnType<typeof listAidesForUsager>>[number];

/** One aid of one dossier (both ids must match). */
export async function getAide(actor: Actor, usagerId: string, id: string, { audit = true } = {}) {
  if (!isUuid(usagerId) || !isUuid(id)) return null;
  const aide = await db.aide.findFirst({
    where: { AND: [aideScope(actor), { id, usagerId }] },
    include: {
      usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true, status: true } },
      accompagnement: { select: { id: true, type: true, status: true } },
    },
  });
  if (!aide) return null;
  if (audit) {
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "aide.read", entityType: "Aide", entityId: id, details: { usagerId } }));
  }
  const names = await namesOf(actor, [aide.instructeurId]);
  return { ...aide, instructeur: names.get(aide.instructeurId) ?? null };
}
export type AideDetail = NonNullable<Awaited<ReturnType<typeof getAide>>>;

/**
 * Requests waiting for a decision (demandée, en instruction, ajournée), oldest first: the whole
 * structure for a RESPONSABLE, the requests they instruct for a travailleur social.
 */
export async function listPendingAides(actor: Actor) {
  return listForWorklist(actor, { status: { in: [...PENDING_AIDE_STATUSES] } }, [{ demandeLe: "asc" }, { createdAt: "asc" }]);
}

/** Aids granted and not paid yet, oldest decision first (same scope as listPendingAides). */
export async function listAidesAwaitingPayment(actor: Actor) {
  return listForWorklist(actor, { status: "ACCORDEE", payeLe: null }, [{ decisionLe: "asc" }, { createdAt: "asc" }]);
}

/**
 * The requests matching the filters, one page, the most recent request first, with the count and
 * the sums over every matching row: amounts asked, and amounts granted of the granted ones (the
 * dashboard's figures, lib/domain/dashboard/aides.ts). Same scope as the worklists.
 */
export async function listAidesFiltered(actor: Actor, params: AideListParams) {
  const empty = { rows: [], total: 0, page: params.page, pageSize: params.taille, demandeCents: 0, accordeCents: 0 };
  if (!canListAides(actor)) return empty;
  const demandeLe = dateColumnRange(params.du, params.au);
  const where: Prisma.AideWhereInput = {
    AND: [
      aideWorklistScope(actor),
      // Only who sees every request may choose an instructeur: a TS's list is theirs anyway.
      canSeeAllAideRequests(actor) && params.instructeur ? { instructeurId: params.instructeur } : {},
      demandeLe ? { demandeLe } : {},
      params.type ? { type: params.type } : {},
      params.statut === "en_attente" ? { status: { in: [...PENDING_AIDE_STATUSES] } } : params.statut ? { status: params.statut } : {},
      // A site of another structure matches no dossier of this one: an empty list, not an error.
      params.site ? { usager: { siteId: params.site } } : {},
    ],
  };
  const [sums, granted, rows] = await Promise.all([
    db.aide.aggregate({ where, _count: { _all: true }, _sum: { montantDemandeCents: true } }),
    db.aide.aggregate({ where: { AND: [where, { status: "ACCORDEE" }] }, _sum: { montantAccordeCents: true } }),
    db.aide.findMany({
      where,
      select: { ...LIST_SELECT, usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true } } },
      orderBy: [{ demandeLe: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: (params.page - 1) * params.taille,
      take: params.taille,
    }),
  ]);
  const names = await namesOf(actor, rows.map((r) => r.instructeurId));
  return {
    ...empty,
    total: sums._count._all,
    demandeCents: sums._sum.montantDemandeCents ?? 0,
    accordeCents: granted._sum.montantAccordeCents ?? 0,
    rows: rows.map((r) => ({ ...r, instructeur: names.get(r.instructeurId) ?? null })),
  };
}
export type AideFilteredRow = Awaited<ReturnType<typeof listAidesFiltered>>["rows"][number];

async function listForWorklist(actor: Actor, where: Prisma.AideWhereInput, orderBy: Prisma.AideOrderByWithRelationInput[]) {
  // Roles outside the suivi social have no worklist (the /aides page answers them 404).
  if (!canListAides(actor)) return [];
  const rows = await db.aide.findMany({
    where: { AND: [aideWorklistScope(actor), where] },
    select: { ...LIST_SELECT, usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true } } },
    orderBy,
    take: 500,
  });
  const names = await namesOf(actor, rows.map((r) => r.instructeurId));
  return rows.map((r) => ({ ...r, instructeur: names.get(r.instructeurId) ?? null }));
}
export type AideWorklistRow = Awaited<ReturnType<typeof listPendingAides>>[number];
