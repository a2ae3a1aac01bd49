// Loading a workshop for a write: inside the actor's scope (foreign id → 404), row-locked so that
// two registrations at once cannot both take the last place.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageAtelier } from "@/lib/auth/permissions";
import { atelierScope } from "@/lib/auth/scopes/atelier";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { siteScope } from "@/lib/auth/scopes/site";
import { workerScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/format";

export async function lockAtelier(tx: DbTx, actor: Actor, id: string) {
  const atelier = await tx.atelier.findFirst({ where: { AND: [atelierScope(actor), { id }] } });
  if (!atelier || !canManageAtelier(actor, atelier)) throw new NotFoundError();
  await tx.$queryRaw`SELECT id FROM "Atelier" WHERE id = ${id}::uuid FOR UPDATE`;
  // Re-read after the lock: another transaction may have changed it while we waited.
  return tx.atelier.findUniqueOrThrow({ where: { id } });
}

export const CLOSED_MESSAGE = "Cet atelier est réalisé ou annulé : ses inscriptions ne changent plus.";

export function assertStarted(atelier: { debut: Date }, now: Date, field: string) {
  if (atelier.debut > now) {
    const message = `L'atelier n'a pas encore eu lieu (prévu le ${formatDateTime(atelier.debut)}) : la présence s'enregistre après la séance.`;
    throw new DomainError(message, { [field]: message });
  }
}

/** Facilitator, site and partner must belong to the structure; checked before anything is written. */
export async function assertReferences(
  tx: DbTx, actor: Actor, input: { animateurId: string; siteId: string | null; partenaireId: string | null },
) {
  const animateur = await tx.user.findFirst({
    where: { AND: [workerScope(actor), { id: input.animateurId, status: "ACTIVE" }] },
    select: { id: true },
  });
  if (!animateur) throw new DomainError("Animateur inconnu.", { animateurId: "Choisissez un travailleur social ou un responsable de la structure." });
  if (input.siteId) {
    const site = await tx.site.findFirst({ where: { AND: [siteScope(actor), { id: input.siteId }] }, select: { id: true } });
    if (!site) throw new DomainError("Site inconnu.", { siteId: "Choisissez un site de la structure." });
  }
  if (input.partenaireId) {
    const partenaire = await tx.partenaire.findFirst({ where: { AND: [partenaireScope(actor), { id: input.partenaireId }] }, select: { id: true } });
    if (!partenaire) throw new DomainError("Partenaire inconnu.", { partenaireId: "Choisissez un partenaire de l'annuaire." });
  }
}

/**
 * Free places go to the waiting list, first come first served. Called after an unregistration
 * or a capacity increase, inside the same transaction (the workshop row is locked).
 */
export async function promoteWaiting(tx: DbTx, actor: Actor, atelier: { id: string; capacite: number }) {
  const inscrits = await tx.atelierInscription.count({ where: { atelierId: atelier.id, status: "INSCRIT" } });
  const free = atelier.capacite - inscrits;
  if (free <= 0) return 0;
  const waiting = await tx.atelierInscription.findMany({
    where: { atelierId: atelier.id, status: "ATTENTE" }, orderBy: [{ inscritLe: "asc" }, { id: "asc" }], take: free, select: { id: true, usagerId: true },
  });
  for (const w of waiting) {
    await tx.atelierInscription.update({ where: { id: w.id }, data: { status: "INSCRIT" } });
    await writeAudit(tx, actor, {
      action: "atelier.attente_promue", entityType: "AtelierInscription", entityId: w.id,
      details: { atelierId: atelier.id, usagerId: w.usagerId },
    });
  }
  return waiting.length;
}
