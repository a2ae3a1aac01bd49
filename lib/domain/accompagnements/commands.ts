// Writes on an accompagnement's common part: open, edit référent and dates, change status. Each
// loads its target inside the actor's scope, checks the rule, and writes the change and its audit
// row in one transaction (plan: commands-plan.ts; budget, logement, errance: commands-specific.ts).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canWriteSuivi } from "@/lib/auth/permissions";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { MOTIF_CLOTURE_LABELS } from "./labels";
import { ARCHIVED_MESSAGE, assertEditable, assertReferent, bumpVersion, loadManaged } from "./load";
import type { AccompagnementCreate, AccompagnementStatusChange, AccompagnementUpdate } from "./schemas";
import { checkAccompagnementTransition } from "./status-machine";

export async function openAccompagnement(actor: Actor, input: AccompagnementCreate, now = new Date()) {
  return db.$transaction(async (tx) => {
    const usager = await tx.usager.findFirst({
      where: { AND: [usagerScope(actor), { id: input.usagerId }] },
      select: { id: true, structureId: true, status: true },
    });
    if (!usager || !canWriteSuivi(actor, usager)) throw new NotFoundError();
    if (usager.status === "ARCHIVE") throw new DomainError(ARCHIVED_MESSAGE);
    const referentId = input.referentId || actor.id;
    await assertReferent(tx, actor, usager, referentId);
    const status = input.demarre ? "EN_COURS" : "PROPOSE";
    const acc = await tx.accompagnement.create({
      data: {
        structureId: usager.structureId, usagerId: usager.id, type: input.type, referentId, status,
        debut: isoToDate(input.debut)!, finPrevue: input.finPrevue ? isoToDate(input.finPrevue) : null,
        statusChangedAt: now, createdAt: now,
      },
      select: { id: true, usagerId: true },
    });
    await writeAudit(tx, actor, {
      action: "accompagnement.open", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: usager.id, type: input.type, referentId, status },
    });
    return acc;
  });
}

export async function updateAccompagnement(actor: Actor, input: AccompagnementUpdate) {
  return db.$transaction(async (tx) => {
    const acc = await loadManaged(tx, actor, input.id);
    assertEditable(acc);
    if (input.referentId !== acc.referentId) await assertReferent(tx, actor, acc, input.referentId);
    const data = {
      referentId: input.referentId,
      debut: isoToDate(input.debut)!,
      finPrevue: input.finPrevue ? isoToDate(input.finPrevue) : null,
    };
    const version = await bumpVersion(tx, acc.id, input.version, data);
    const champs = (Object.keys(data) as (keyof typeof data)[]).filter((k) => String(data[k]?.valueOf()) !== String(acc[k]?.valueOf()));
    await writeAudit(tx, actor, {
      action: "accompagnement.update", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: acc.usagerId, champs, ...(champs.includes("referentId") ? { referentId: input.referentId } : {}) },
    });
    return { version };
  });
}

export async function changeAccompagnementStatus(actor: Actor, input: AccompagnementStatusChange, now = new Date()) {
  return db.$transaction(async (tx) => {
    const acc = await loadManaged(tx, actor, input.id);
    if (acc.usager.status === "ARCHIVE") throw new DomainError(ARCHIVED_MESSAGE);
    const check = checkAccompagnementTransition(acc.status, input.to, input.motifCloture);
    if (!check.ok) throw new DomainError(check.message, check.field ? { [check.field]: check.message } : {});
    const closing = input.to === "CLOS";
    const motif = closing && input.motifCloture
      ? [MOTIF_CLOTURE_LABELS[input.motifCloture], input.precisionCloture].filter(Boolean).join(" : ")
      : null;
    const version = await bumpVersion(tx, acc.id, input.version, {
      status: input.to, statusChangedAt: now, ...(closing ? { closAt: now, motifCloture: motif } : {}),
    });
    // The précision is free text: it stays on the row, the audit keeps the motif's code only.
    await writeAudit(tx, actor, {
      action: "accompagnement.status", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: acc.usagerId, de: acc.status, vers: input.to, motif: closing ? input.motifCloture : null },
    });
    return { version };
  });
}
