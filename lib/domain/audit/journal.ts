// The audit journal: read-only, filtered by the actor's scope (auditScope). There is no update or
// delete path anywhere in the application; the database refuses them too (trigger).
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canReadAuditLog, canReadWholeAuditLog } from "@/lib/auth/permissions";
import { auditScope } from "@/lib/auth/scopes/audit";
import { usagerScope, usagerScopeSql } from "@/lib/auth/scopes/usager";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { searchCondition } from "@/lib/domain/usagers/search-sql";

export const ZJournalParams = z.object({
  utilisateur: z.union([z.uuid(), z.literal("")]).catch(""),
  dossier: z.union([z.uuid(), z.literal("")]).catch(""),
  action: z.string().max(60).regex(/^[a-z_.]*$/).catch(""),
  du: z.union([z.iso.date(), z.literal("")]).catch(""),
  au: z.union([z.iso.date(), z.literal("")]).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type JournalParams = z.output<typeof ZJournalParams>;
const PAGE_SIZE = 50;

export async function listJournal(actor: Actor, params: JournalParams) {
  if (!canReadAuditLog(actor)) return { rows: [], total: 0, pageSize: PAGE_SIZE };
  const where = {
    AND: [
      auditScope(actor),
      params.utilisateur ? { actorId: params.utilisateur } : {},
      params.dossier ? { entityType: "Usager", entityId: params.dossier } : {},
      params.action ? { action: params.action } : {},
      params.du ? { at: { gte: new Date(`${params.du}T00:00:00Z`) } } : {},
      params.au ? { at: { lt: new Date(new Date(`${params.au}T00:00:00Z`).getTime() + 86_400_000) } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { at: "desc" }, skip: (params.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.auditLog.count({ where }),
  ]);
  const userIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const usagerIds = [...new Set(rows.filter((r) => r.entityType === "Usager" && r.entityId).map((r) => r.entityId!))];
  const [users, usagers] = await Promise.all([
    db.user.findMany({ where: { AND: [colleagueScope(actor), { id: { in: userIds } }] }, select: { id: true, firstName: true, lastName: true } }),
    // Names of people only for a RESPONSABLE: an ADMIN never sees social data.
    canReadWholeAuditLog(actor)
      ? db.usager.findMany({ where: { AND: [usagerScope(actor), { id: { in: usagerIds } }] }, select: { id: true, nom: true, prenom: true, numeroDossier: true } })
      : [],
  ]);
  return {
    total,
    pageSize: PAGE_SIZE,
    rows: rows.map((r) => {
      const u = users.find((x) => x.id === r.actorId);
      const p = usagers.find((x) => x.id === r.entityId);
      return {
        id: String(r.id), at: r.at, action: r.action, entityType: r.entityType, ip: r.ip,
        actor: u ? `${u.firstName} ${u.lastName}` : null,
        target: p ? `${p.nom.toUpperCase()} ${p.prenom} (n° ${p.numeroDossier})` : null,
        targetId: p?.id ?? null,
      };
    }),
  };
}

/** People the journal can be filtered by (a RESPONSABLE types a name). */
export async function findUsagersForJournal(actor: Actor, term: string) {
  if (!canReadWholeAuditLog(actor) || term.trim().length < 2) return [];
  const search = searchCondition(term);
  if (!search) return [];
  return db.$queryRaw<{ id: string; nom: string; prenom: string; numeroDossier: string }[]>`
    SELECT u.id, u.nom, u.prenom, u."numeroDossier" FROM "Usager" u
    WHERE ${usagerScopeSql(actor, "u")} AND ${search.where} ORDER BY u."searchName" LIMIT 10`;
}
