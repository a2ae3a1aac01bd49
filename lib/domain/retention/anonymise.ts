// Anonymising one dossier, inside the caller's transaction: identity and free text go, the rows
// stay (with their enums, dates and amounts) so that the statistics keep counting them. Then the
// steps other features registered (lib/domain/rgpd/anonymisers.ts), in the same transaction.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeSystemAwareAudit } from "./system-audit";
import { ANONYMISE_STEPS } from "@/lib/domain/rgpd/anonymisers";

/** What replaces a required free text. */
export const ANONYMISED_TEXT = "[anonymisé]";
export const ANONYMISED_NOM = "ANONYMISÉ";
export const ANONYMISED_PRENOM = "Dossier";
/** The only value the audit trigger accepts when it lets `details` be rewritten. */
export const AUDIT_SCRUB_MARKER = JSON.stringify({ anonymise: true });

export type AnonymiseMode = "manuel" | "automatique";

/** Every id an audit row about this dossier may carry as its entityId. */
async function relatedIds(tx: DbTx, usagerId: string): Promise<string[]> {
  const where = { usagerId };
  const [entretiens, diagnostics, accompagnements, aides, fiches, orientations] = await Promise.all([
    tx.entretien.findMany({ where, select: { id: true } }),
    tx.diagnostic.findMany({ where, select: { id: true } }),
    tx.accompagnement.findMany({ where, select: { id: true } }),
    tx.aide.findMany({ where, select: { id: true } }),
    tx.ficheLiaison.findMany({ where, select: { id: true } }),
    tx.orientation.findMany({ where, select: { id: true } }),
  ]);
  return [usagerId, ...[entretiens, diagnostics, accompagnements, aides, fiches, orientations].flat().map((r) => r.id)];
}

/** The dossier row, locked; null when it is gone or already anonymised (two runs at once). */
async function lockDossier(tx: DbTx, usagerId: string, structureId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Usager" WHERE id = ${usagerId}::uuid AND "structureId" = ${structureId}::uuid AND "anonymiseLe" IS NULL FOR UPDATE`;
  return rows[0] ?? null;
}

export async function anonymiseDossier(
  tx: DbTx, target: { usagerId: string; structureId: string }, opts: { now: Date; actor: Actor | null; mode: AnonymiseMode },
): Promise<boolean> {
  const { usagerId, structureId } = target;
  if (!(await lockDossier(tx, usagerId, structureId))) return false;
  const ids = await relatedIds(tx, usagerId);
  const T = ANONYMISED_TEXT;

  await tx.$executeRaw`
    UPDATE "Usager" SET nom = ${ANONYMISED_NOM}, "nomNaissance" = NULL, prenom = ${ANONYMISED_PRENOM}, "searchName" = 'anonymise',
      "dateNaissance" = date_trunc('year', "dateNaissance")::date, civilite = NULL, telephone = NULL, email = NULL, adresse = NULL,
      "codePostal" = NULL, bailleur = NULL, "mesureOrganisme" = NULL, status = 'ARCHIVE', "anonymiseLe" = ${opts.now},
      version = version + 1, "updatedAt" = ${opts.now}
    WHERE id = ${usagerId}::uuid`;
  await tx.$executeRaw`
    UPDATE "FoyerMembre" SET nom = ${ANONYMISED_NOM}, prenom = ${ANONYMISED_PRENOM}, "dateNaissance" = date_trunc('year', "dateNaissance")::date
    WHERE "usagerId" = ${usagerId}::uuid`;
  await tx.entretien.updateMany({ where: { usagerId }, data: { resume: T, noteConfidentielle: null, objetPrecision: null, suites: null } });
  await tx.diagnostic.updateMany({ where: { usagerId }, data: { conclusion: T } });
  await tx.diagnosticDomaine.updateMany({ where: { diagnostic: { usagerId } }, data: { situation: T, besoins: T } });
  await tx.accompagnement.updateMany({
    where: { usagerId },
    data: { motifCloture: null, numeroUnique: null, fslDossier: null, lieuVie: null, domiciliationOrganisme: null, siaoStatut: null },
  });
  await tx.planObjectif.updateMany({ where: { accompagnement: { usagerId } }, data: { libelle: T } });
  await tx.planAction.updateMany({ where: { objectif: { accompagnement: { usagerId } } }, data: { libelle: T, porteur: T } });
  await tx.dette.updateMany({ where: { accompagnement: { usagerId } }, data: { creancier: T } });
  await tx.contactMaraude.updateMany({ where: { accompagnement: { usagerId } }, data: { lieu: T, observations: null } });
  await tx.aide.updateMany({ where: { usagerId }, data: { objet: null, motifRefus: null } });
  await tx.$executeRaw`
    UPDATE "FicheLiaison" SET nom = ${ANONYMISED_NOM}, prenom = ${ANONYMISED_PRENOM},
      "dateNaissance" = date_trunc('year', "dateNaissance")::date, telephone = NULL, email = NULL, disponibilites = NULL,
      adresse = NULL, "motifPrecision" = NULL, "evaluationNotes" = NULL, "rdvLieuPrecision" = NULL, "reorienteeVers" = NULL
    WHERE "usagerId" = ${usagerId}::uuid`;
  await tx.orientation.updateMany({ where: { usagerId }, data: { motif: T, motifRefus: null } });
  await tx.orientationEvent.updateMany({ where: { orientation: { usagerId } }, data: { note: null } });

  for (const step of ANONYMISE_STEPS) await step.run(tx, { usagerId, structureId });

  // The audit rows stay (who opened the dossier, when) but their details about it go. The trigger
  // allows this one rewrite only while the transaction-local setting is on: switched off again
  // right after, so nothing else in this transaction benefits from it.
  await tx.$queryRaw`SELECT set_config('passerelle.audit_anonymise', 'on', true)`;
  await tx.$executeRaw`
    UPDATE "AuditLog" SET details = ${AUDIT_SCRUB_MARKER}::jsonb
    WHERE ("structureId" = ${structureId}::uuid OR "structureId" IS NULL) AND details IS NOT NULL
      AND details <> ${AUDIT_SCRUB_MARKER}::jsonb
      AND ("entityId" = ANY(${ids}::text[]) OR details->>'usagerId' = ${usagerId})`;
  await tx.$queryRaw`SELECT set_config('passerelle.audit_anonymise', 'off', true)`;

  await tx.retentionFlag.deleteMany({ where: { usagerId } });
  await writeSystemAwareAudit(tx, opts.actor, structureId, {
    action: "usager.anonymise", entityType: "Usager", entityId: usagerId, details: { mode: opts.mode },
  });
  return true;
}
