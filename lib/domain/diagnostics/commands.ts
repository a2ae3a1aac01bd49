// A new diagnostic is a new version: numbered per dossier, never replacing the previous one.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canWriteSuivi } from "@/lib/auth/permissions";
import { diagnosticScope } from "@/lib/auth/scopes/diagnostic";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { usagerScopeSql } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { discardDraftTx } from "@/lib/domain/drafts/commands";
import type { Diagnostic } from "./schemas";

export async function createDiagnostic(actor: Actor, input: Diagnostic) {
  return db.$transaction(async (tx) => {
    // Locking the dossier row serialises concurrent diagnostics: each gets the next number.
    const locked = await tx.$queryRaw<{ id: string; structureId: string; status: string }[]>`
      SELECT id, "structureId", status FROM "Usager" WHERE id = ${input.usagerId}::uuid AND ${usagerScopeSql(actor, "Usager")} FOR UPDATE`;
    const usager = locked[0];
    if (!usager || !canWriteSuivi(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError("Ce dossier est archivé : on ne peut plus y ajouter de diagnostic.");
    const last = await tx.diagnostic.aggregate({ where: { AND: [diagnosticScope(actor), { usagerId: usager.id }] }, _max: { numero: true } });
    const numero = (last._max.numero ?? 0) + 1;
    const kept = input.domaines.filter((d) => d.situation || d.besoins || d.priorite !== "AUCUNE");
    const diagnostic = await tx.diagnostic.create({
      data: {
        ...ownedBy(actor), usagerId: usager.id, authorId: actor.id, numero, date: isoToDate(input.date)!,
        droitsNonOuverts: input.droitsNonOuverts, conclusion: input.conclusion, propositions: input.propositions,
        domaines: { create: kept },
      },
      select: { id: true, numero: true },
    });
    await discardDraftTx(tx, actor, usager.id, "diagnostic");
    await writeAudit(tx, actor, { action: "diagnostic.create", entityType: "Usager", entityId: usager.id, details: { diagnosticId: diagnostic.id, numero } });
    return diagnostic;
  });
}
