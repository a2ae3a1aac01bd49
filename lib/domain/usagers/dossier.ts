// Opening a dossier: read inside the actor's scope (foreign or missing → null → 404), and the
// opening itself is written to the audit log.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isUuid } from "@/lib/domain/shared/fields";


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
export type Dossier = NonNullable<Awaited<ReturnType<typeof findDossier>>>;

export async function getUsagerDossier(actor: Actor, id: string, { audit = true } = {}): Promise<Dossier | null> {
  if (!isUuid(id)) return null;
  const dossier = await findDossier(actor, id);
  if (!dossier) return null;
  if (audit) {
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "usager.read", entityType: "Usager", entityId: id }));
  }
  return dossier;
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
