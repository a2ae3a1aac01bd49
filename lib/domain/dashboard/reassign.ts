// Bulk reassignment (absence, departure): the référent links of the chosen dossiers (or all of
// them) move from one worker to another, with the open accompagnements they carry on those
// dossiers, in one transaction, with one audit row per dossier. RESPONSABLE only.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canReassignDossiers } from "@/lib/auth/permissions";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { usagerReferentScope, usagerScope } from "@/lib/auth/scopes/usager";
import { workerScope } from "@/lib/auth/scopes/user";
import { notify } from "@/lib/domain/notifications/notify";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { Reassign } from "./reassign-schema";


/** The dossiers a worker is référent of (the form's checklist): numéro and name only. */
export async function listDossiersOfReferent(actor: Actor, userId: string) {
  if (!canReassignDossiers(actor)) return null;
  const user = await db.user.findFirst({ where: { AND: [workerScope(actor), { id: userId }] }, select: { id: true } });
  if (!user) return null;
  return db.usager.findMany({
    where: { AND: [usagerScope(actor), { referents: { some: { userId } } }] },
    select: { id: true, numeroDossier: true, nom: true, prenom: true, status: true },
    orderBy: [{ nom: "asc" }, { prenom: "asc" }],
    take: 5_000,
  });
}

/** Workers of the structure, disabled accounts included (a departed worker still holds dossiers). */
export async function listWorkers(actor: Actor) {
  if (!canReassignDossiers(actor)) return [];
  return db.user.findMany({
    where: workerScope(actor),
    select: { id: true, firstName: true, lastName: true, status: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

export async function reassignDossiers(actor: Actor, input: Reassign): Promise<{ moved: number; accompagnements: number }> {
  if (!canReassignDossiers(actor)) throw new NotFoundError();
  const [from, to] = await Promise.all([
    db.user.findFirst({ where: { AND: [workerScope(actor), { id: input.fromUserId }] }, select: { id: true } }),
    db.user.findFirst({ where: { AND: [workerScope(actor), { id: input.toUserId, status: "ACTIVE" }] }, select: { id: true } }),
  ]);
  if (!from) throw new DomainError("Travailleur social inconnu.", { fromUserId: "Choisissez un travailleur social de votre structure." });
  if (!to) throw new DomainError("Travailleur social inconnu.", { toUserId: "Choisissez un travailleur social actif de votre structure." });
  return db.$transaction(async (tx) => {
    const links = await tx.usagerReferent.findMany({
      where: {
        AND: [usagerReferentScope(actor), { userId: from.id, ...(input.portee === "choix" ? { usagerId: { in: input.usagerIds } } : {}) }],
      },
      select: { usagerId: true },
    });
    if (input.portee === "choix" && links.length !== new Set(input.usagerIds).size) {
      throw new DomainError("Certains dossiers cochés ne sont plus suivis par ce travailleur social : rechargez la page.", { usagerIds: "Liste de dossiers périmée." });
    }
    if (links.length === 0) throw new DomainError("Ce travailleur social n'est référent d'aucun dossier.", { fromUserId: "Aucun dossier à transmettre." });
    const ids = links.map((l) => l.usagerId);
    await tx.usagerReferent.deleteMany({ where: { userId: from.id, usagerId: { in: ids } } });
    await tx.usagerReferent.createMany({ data: ids.map((usagerId) => ({ usagerId, userId: to.id })), skipDuplicates: true });
    const accs = await tx.accompagnement.updateMany({
      where: { AND: [accompagnementScope(actor), { usagerId: { in: ids }, referentId: from.id, status: { not: "CLOS" } }] },
      data: { referentId: to.id },
    });
    for (const usagerId of ids) {
      await writeAudit(tx, actor, { action: "usager.referent_reassign", entityType: "Usager", entityId: usagerId, details: { fromReferentId: from.id, toReferentId: to.id } });
      await notify(tx, actor, { kind: "DOSSIER_ATTRIBUE", to: [to.id], usagerId, href: `/usagers/${usagerId}`, title: "Un dossier vous est attribué" });
    }
    return { moved: ids.length, accompagnements: accs.count };
  }, { timeout: 60_000 });
}
