// Ma journée: the dossiers the actor opened lately, from their own "usager.read" audit rows (the
// trail every opening writes, lib/domain/usagers/dossier.ts), each dossier once, the latest first,
// and only those still in the actor's scope.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canListUsagers } from "@/lib/auth/permissions";
import { ownDossierOpeningsScopeSql } from "@/lib/auth/scopes/audit";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { isUuid } from "@/lib/domain/shared/fields";

const DAYS = 30;

export async function listRecentlyOpenedDossiers(actor: Actor, { take = 8, now = new Date() } = {}) {
  if (!canListUsagers(actor)) return [];
  const since = new Date(now.getTime() - DAYS * 86_400_000);
  const opened = await db.$queryRaw<{ entityId: string; at: Date }[]>`
    SELECT a."entityId", max(a.at) AS at FROM "AuditLog" a
    WHERE ${ownDossierOpeningsScopeSql(actor, "a")} AND a.at >= ${since} AND a."entityId" IS NOT NULL
    GROUP BY a."entityId" ORDER BY max(a.at) DESC LIMIT ${take * 2}`;
  const ids = opened.map((o) => o.entityId).filter(isUuid);
  if (ids.length === 0) return [];
  const usagers = await db.usager.findMany({
    where: { AND: [usagerScope(actor), { id: { in: ids }, anonymiseLe: null }] },
    select: { id: true, nom: true, prenom: true, numeroDossier: true },
  });
  const byId = new Map(usagers.map((u) => [u.id, u]));
  return opened.flatMap((o) => { const u = byId.get(o.entityId); return u ? [{ ...u, openedAt: o.at }] : []; }).slice(0, take);
}
