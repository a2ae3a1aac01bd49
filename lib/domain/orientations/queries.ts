// Reading orientations. They follow the dossier's rule (canOrient = canViewUsager): orientationScope
// gives TS and RESPONSABLE their structure and the AGENT and ADMIN nothing, so a foreign or
// forbidden id reads as missing (null → 404).
import { db } from "@/lib/db";
import { rowsById } from "@/lib/domain/shared/related-rows";
import type { Actor } from "@/lib/auth/actor";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { structureUserNames } from "@/lib/domain/shared/user-names";
import { parisToday } from "@/lib/domain/shared/paris-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrientationListParams } from "./schemas";
import { PENDING_STATUSES } from "./status-machine";
import { isUuid } from "@/lib/domain/shared/fields";
import { dateColumnRange } from "@/lib/domain/shared/day-range";

export const DAY_MS = 86_400_000;
const PARTNER = { select: { id: true, nom: true, organisme: true, categorie: true } } as const;

/** Whole days from a calendar date (stored at UTC midnight) to today in Paris. */
export function daysSince(date: Date, now = new Date()): number {
  return Math.round((Date.parse(`${parisToday(now)}T00:00:00Z`) - date.getTime()) / DAY_MS);
}

/** The calendar date `days` days before today in Paris, at UTC midnight (as stored). */
export function calendarDaysAgo(days: number, now = new Date()): Date {
  return new Date(Date.parse(`${parisToday(now)}T00:00:00Z`) - days * DAY_MS);
}

export async function listOrientationsForUsager(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return [];
  const [rows, names] = await Promise.all([
    db.orientation.findMany({
      where: { AND: [orientationScope(actor), { usagerId }] },
      select: { id: true, date: true, status: true, urgence: true, statusChangedAt: true, authorId: true, partenaireId: true },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    }),
    structureUserNames(actor),
  ]);
  // The partners read only when there is an orientation (related-rows.ts).
  const partenaires = await rowsById(rows.map((r) => r.partenaireId), (ids) => db.partenaire.findMany({ where: { id: { in: ids } }, ...PARTNER }));
  return rows.map(({ partenaireId, ...r }) => ({ ...r, partenaire: partenaires.get(partenaireId)!, author: names(r.authorId) }));
}
export type UsagerOrientationRow = Awaited<ReturnType<typeof listOrientationsForUsager>>[number];

function listWhere(actor: Actor, params: OrientationListParams, now: Date, { withPartner = true } = {}): Prisma.OrientationWhereInput {
  const status = params.statut === "en_attente" ? { status: { in: [...PENDING_STATUSES] } } : params.statut ? { status: params.statut } : {};
  // The same bounds as the dashboard's figures (lib/domain/dashboard/orientations.ts).
  const period = dateColumnRange(params.du, params.au);
  return {
    AND: [
      orientationScope(actor),
      status,
      withPartner && params.partenaire ? { partenaireId: params.partenaire } : {},
      params.referent ? { usager: { referents: { some: { userId: params.referent } } } } : {},
      params.age ? { date: { lte: calendarDaysAgo(params.age, now) } } : {},
      period ? { date: period } : {},
      // A site of another structure matches no dossier of this one: an empty list, not an error.
      params.site ? { usager: { siteId: params.site } } : {},
      params.auteur ? { authorId: params.auteur } : {},
    ],
  };
}

/** The structure's orientations, one page, newest first, and counts by destination. */
export async function listStructureOrientations(actor: Actor, params: OrientationListParams, now = new Date()) {
  const where = listWhere(actor, params, now);
  const [total, rows, byPartner, names] = await Promise.all([
    db.orientation.count({ where }),
    db.orientation.findMany({
      where,
      select: {
        id: true, date: true, status: true, urgence: true, statusChangedAt: true, authorId: true, partenaire: PARTNER,
        usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true, referents: { select: { userId: true } } } },
      },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      skip: (params.page - 1) * params.taille,
      take: params.taille,
    }),
    // Counts ignore the partner filter, so each destination's count stays visible when one is chosen.
    db.orientation.groupBy({ by: ["partenaireId"], where: listWhere(actor, params, now, { withPartner: false }), _count: { _all: true } }),
    structureUserNames(actor),
  ]);
  const partners = await db.partenaire.findMany({
    where: { AND: [partenaireScope(actor), { id: { in: byPartner.map((g) => g.partenaireId) } }] },
    select: { id: true, nom: true, organisme: true },
  });
  const counts = byPartner
    .map((g) => ({ partenaire: partners.find((p) => p.id === g.partenaireId)!, count: g._count._all }))
    .filter((c) => c.partenaire)
    .sort((a, b) => b.count - a.count || a.partenaire.nom.localeCompare(b.partenaire.nom, "fr"));
  return {
    total, page: params.page, pageSize: params.taille, counts,
    rows: rows.map(({ usager: { referents, ...usager }, ...r }) => ({
      ...r, usager, author: names(r.authorId), ageDays: daysSince(r.date, now),
      referents: referents.map((x) => names(x.userId)).filter((n): n is string => Boolean(n)),
    })),
  };
}
export type StructureOrientationRow = Awaited<ReturnType<typeof listStructureOrientations>>["rows"][number];

/** Partners the structure has oriented to (the list's filter), including deactivated ones. */
export function listOrientedPartners(actor: Actor) {
  return db.partenaire.findMany({
    where: { AND: [partenaireScope(actor), { orientations: { some: orientationScope(actor) } }] },
    select: { id: true, nom: true },
    orderBy: { nom: "asc" },
  });
}
