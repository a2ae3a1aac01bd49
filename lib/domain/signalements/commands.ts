// The maraude's writes on a report: status changes (dated, one event each), the team and the
// public page's settings. Each loads its target through the scope (foreign id → 404), checks the
// rule and the state machine, and writes the change, its event and its audit row in one
// transaction. A status is changed only from the status the professional saw: two colleagues
// acting at once, the second is told. Closing removes the reporter's data, then says so by mail.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canHandleSignalement, canManageMaraude } from "@/lib/auth/permissions";
import { signalementScope } from "@/lib/auth/scopes/signalement";
import { workerScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { saveOwnStructureSettings } from "@/lib/domain/settings/save-own-settings";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { z } from "zod";
import { closingEmail } from "./emails";
import type { SignalementStatus } from "./labels";
import { deliver } from "./submit";
import { isVisit, transitionError } from "./status-machine";
import type { SignalementStatusChange, ZMaraudeMember, ZSignalementSettings } from "./schemas";

export const CHANGED_MESSAGE = "Ce signalement vient d'être modifié par un ou une collègue : rechargez la page pour voir où il en est. Rien n'a été enregistré.";

export async function loadHandled(tx: DbTx, actor: Actor, id: string) {
  const s = await tx.signalement.findFirst({ where: { AND: [signalementScope(actor), { id }] } });
  if (!s || !canHandleSignalement(actor, s)) throw new NotFoundError();
  return s;
}

/** Moves the report on from `from` only; false when a colleague moved it first. */
export async function moveTo(tx: DbTx, actor: Actor, s: { id: string; status: SignalementStatus; premiereVisiteAt: Date | null }, to: SignalementStatus, now: Date, extra: { note?: string | null; usagerId?: string; accompagnementId?: string } = {}) {
  const closing = to === "CLOS";
  const { count } = await tx.signalement.updateMany({
    where: { id: s.id, status: s.status },
    data: {
      status: to, statusChangedAt: now,
      ...(isVisit(to) && !s.premiereVisiteAt ? { premiereVisiteAt: now } : {}),
      ...(extra.usagerId ? { usagerId: extra.usagerId, accompagnementId: extra.accompagnementId ?? null } : {}),
      // The reporter was needed to say it was handled; once said, nothing of them stays.
      ...(closing ? { closAt: now, reporterNom: null, reporterTelephone: null, reporterEmail: null } : {}),
    },
  });
  if (count === 0) throw new DomainError(CHANGED_MESSAGE);
  await tx.signalementEvent.create({ data: { signalementId: s.id, status: to, at: now, byId: actor.id, note: extra.note ?? null } });
  await writeAudit(tx, actor, {
    action: "signalement.status", entityType: "Signalement", entityId: s.id,
    details: { de: s.status, vers: to, ...(extra.usagerId ? { usagerId: extra.usagerId } : {}) },
  });
}

async function structureName(structureId: string) {
  return (await db.structure.findUniqueOrThrow({ where: { id: structureId }, select: { name: true } })).name;
}

export async function changeSignalementStatus(actor: Actor, input: SignalementStatusChange, now = new Date()) {
  const closed = await db.$transaction(async (tx) => {
    const s = await loadHandled(tx, actor, input.id);
    const refused = transitionError(s.status, input.to);
    if (refused) throw new DomainError(refused, { to: refused });
    await moveTo(tx, actor, s, input.to, now, { note: input.note });
    return input.to === "CLOS" ? { email: s.reporterEmail, reference: s.reference } : null;
  });
  // After the commit: the report is closed whether or not the mail leaves (logged if not).
  if (closed?.email) await deliver(closingEmail(closed.email, { reference: closed.reference, structureName: await structureName(actor.structureId) }));
  return { status: input.to };
}

export async function setMaraudeMember(actor: Actor, input: z.output<typeof ZMaraudeMember>) {
  if (!canManageMaraude(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { AND: [workerScope(actor), { id: input.userId, status: "ACTIVE" }] }, select: { id: true } });
    if (!user) throw new NotFoundError();
    await tx.user.update({ where: { id: user.id }, data: { maraude: input.maraude } });
    await writeAudit(tx, actor, { action: "signalement.equipe", entityType: "User", entityId: user.id, details: { maraude: input.maraude } });
    return { maraude: input.maraude };
  });
}

const CODE_TAKEN = "Cette adresse est déjà prise par une autre structure : choisissez-en une autre.";

export async function updateSignalementSettings(actor: Actor, input: z.output<typeof ZSignalementSettings>) {
  if (!canManageMaraude(actor)) throw new NotFoundError();
  const taken = await db.structureSettings.findFirst({ where: { signalementCode: input.signalementCode, structureId: { not: actor.structureId } }, select: { structureId: true } });
  if (taken) throw new DomainError(CODE_TAKEN, { signalementCode: CODE_TAKEN });
  try {
    await db.$transaction((tx) => saveOwnStructureSettings(tx, actor, input, {
      action: "settings.signalement_update",
      details: { signalementActif: input.signalementActif, signalementCode: input.signalementCode, signalementConservationMois: input.signalementConservationMois },
    }));
  } catch (error) {
    // Two structures choosing the same address at the same moment: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new DomainError(CODE_TAKEN, { signalementCode: CODE_TAKEN });
    throw error;
  }
  return { code: input.signalementCode };
}
