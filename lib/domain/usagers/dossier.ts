// Opening a dossier: read inside the actor's scope (foreign or missing → null → 404), and the
// opening itself is written to the audit log.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isUuid } from "@/lib/domain/shared/fields";
import { runningAbsences } from "@/lib/domain/absences/queries";


function findDossier(actor: Actor, id: string) {
  return db.usager.findFirst({
    where: { AND: [usagerScope(actor), { id }] },
    include: {
      site: { select: { id: true, name: true } },
      foyer: { orderBy: { dateNaissance: "asc" } },
      budget: { orderBy: [{ kind: "desc" }, { montantCents: "desc" }] },
      referents: { include: { user: { select: { id: true, firstName: true, lastName: true, role: true } } }, orderBy: { assignedAt: "asc" } },
    },
  });
}
/** The dossier, and until when each of its référents who is away today is absent (user id → last day). */
export type Dossier = NonNullable<Awaited<ReturnType<typeof findDossier>>> & { referentAbsentUntil: Record<string, Date> };

export async function getUsagerDossier(actor: Actor, id: string, { audit = true } = {}): Promise<Dossier | null> {
  if (!isUuid(id)) return null;
  const found = await findDossier(actor, id);
  if (!found) return null;
  if (audit) {
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "usager.read", entityType: "Usager", entityId: id }));
  }
  const absences = await runningAbsences(db, found.structureId, found.referents.map((r) => r.userId));
  return { ...found, referentAbsentUntil: Object.fromEntries([...absences].map(([userId, a]) => [userId, a.fin])) };
}

/**
 * The tab title of a page of a dossier: its number, never the name (a title is shown in the
 * browser's history, the task bar and screen shares). Not audited: the page itself is.
 */
export async function dossierPageTitle(actor: Actor, id: string, page?: string): Promise<string> {
  const found = isUuid(id)
    ? await db.usager.findFirst({ where: { AND: [usagerScope(actor), { id }] }, select: { numeroDossier: true } })
    : null;
  const dossier = found ? `Dossier n° ${found.numeroDossier}` : "Dossier";
  return page ? `${page} · ${dossier}` : dossier;
}
