// The dossiers a batch of an import creates, written together: their numbers reserved in one
// statement, then one createMany each for the dossiers, their référents and the entretiens
// "Repris d'un fichier", inside the batch's transaction. Identifiers are chosen here, so a row
// knows its dossier's id before the write (a later row of the same batch may name it by its file
// identifier: the batch is then written first, see commit-row.ts).
import { randomUUID } from "node:crypto";
import type { DbTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { parisYear } from "@/lib/domain/shared/paris-time";
import { reserveNumerosDossier } from "@/lib/domain/usagers/numero";
import { auditRow, type CommitContext, type PendingCreate, type RowResult } from "./commit-context";
import { IMPORTED_OBJET } from "./analyse-sheets";

export function queueCreate(pending: PendingCreate[], create: Omit<PendingCreate, "result">, reason: string | null): RowResult {
  const result = { outcome: "CREATED" as const, reason, usagerId: randomUUID(), numero: null };
  pending.push({ ...create, result });
  return result;
}

/** An entretien "Repris d'un fichier" (observations of a dossier's row, a row of the contacts sheet). */
export const importedEntretien = (ctx: CommitContext, authorId: string, date: Date, resume: string): Omit<Prisma.EntretienCreateManyInput, "usagerId"> => ({
  ...ownedBy(ctx.actor), authorId, date, dureeMinutes: 0, canal: "BUREAU", objetPrecision: IMPORTED_OBJET, resume,
});

/** Writes the queued dossiers, if any, and empties the queue. */
export async function flushCreates(tx: DbTx, ctx: CommitContext, pending: PendingCreate[]) {
  const lot = pending.splice(0);
  if (!lot.length) return;
  const numeros = await reserveNumerosDossier(tx, ctx.actor.structureId, parisYear(ctx.now), lot.length);
  await tx.usager.createMany({ data: lot.map((p, i) => ({ ...p.usager, id: p.result.usagerId, numeroDossier: numeros[i]! })) });
  const referents = lot.flatMap((p) => (p.referentId ? [{ usagerId: p.result.usagerId, userId: p.referentId }] : []));
  if (referents.length) await tx.usagerReferent.createMany({ data: referents });
  const entretiens = lot.flatMap((p) => (p.entretien ? [{ ...p.entretien, usagerId: p.result.usagerId }] : []));
  if (entretiens.length) await tx.entretien.createMany({ data: entretiens });
  for (const [i, p] of lot.entries()) {
    p.result.numero = numeros[i]!;
    await auditRow(tx, ctx, { action: "usager.create", entityType: "Usager", entityId: p.result.usagerId, details: { numeroDossier: numeros[i]!, importId: ctx.jobId, ligne: p.line } });
  }
}
