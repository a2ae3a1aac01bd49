// The plan d'accompagnement: objectives → actions. The form sends the whole plan; rows keep their
// ids (so an action's history and the "à faire" links stay stable), new rows are created and rows
// left out are deleted. One quick command changes a single action's status from the detail page.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import type { z } from "zod";
import { assertEditable, bumpVersion, loadManaged } from "./load";
import type { Plan, ZPlanActionStatus } from "./schemas";

const UNKNOWN_ROW = "Le plan a changé depuis l'ouverture du formulaire : rechargez la page.";

/** Every id sent must be a row of this plan, and appear once. */
async function checkIds(tx: DbTx, accompagnementId: string, plan: Plan) {
  const existing = await tx.planObjectif.findMany({
    where: { accompagnementId },
    select: { id: true, actions: { select: { id: true } } },
  });
  const objectifIds = new Set(existing.map((o) => o.id));
  const actionIds = new Set(existing.flatMap((o) => o.actions.map((a) => a.id)));
  const seen = new Set<string>();
  const fail = (path: string) => {
    throw new DomainError(UNKNOWN_ROW, { [path]: UNKNOWN_ROW });
  };
  plan.objectifs.forEach((o, i) => {
    if (o.id && (!objectifIds.has(o.id) || seen.has(o.id))) fail(`objectifs.${i}.libelle`);
    if (o.id) seen.add(o.id);
    o.actions.forEach((a, j) => {
      if (a.id && (!actionIds.has(a.id) || seen.has(a.id))) fail(`objectifs.${i}.actions.${j}.libelle`);
      if (a.id) seen.add(a.id);
    });
  });
}

export async function savePlan(actor: Actor, input: Plan) {
  return db.$transaction(async (tx) => {
    const acc = await loadManaged(tx, actor, input.id);
    assertEditable(acc);
    const version = await bumpVersion(tx, acc.id, input.version);
    await checkIds(tx, acc.id, input);
    const keptObjectifs: string[] = [];
    const keptActions: string[] = [];
    // Upserts first, deletions last: an action moved to another objective survives the deletion
    // of its former objective (which would cascade).
    for (const [ordre, o] of input.objectifs.entries()) {
      const objectifId = o.id
        ? (await tx.planObjectif.update({ where: { id: o.id }, data: { libelle: o.libelle, ordre }, select: { id: true } })).id
        : (await tx.planObjectif.create({ data: { accompagnementId: acc.id, libelle: o.libelle, ordre }, select: { id: true } })).id;
      keptObjectifs.push(objectifId);
      for (const a of o.actions) {
        const data = { objectifId, libelle: a.libelle, porteur: a.porteur, status: a.status, echeance: a.echeance ? isoToDate(a.echeance) : null };
        const actionId = a.id
          ? (await tx.planAction.update({ where: { id: a.id }, data, select: { id: true } })).id
          : (await tx.planAction.create({ data, select: { id: true } })).id;
        keptActions.push(actionId);
      }
    }
    await tx.planAction.deleteMany({ where: { objectif: { accompagnementId: acc.id }, id: { notIn: keptActions } } });
    await tx.planObjectif.deleteMany({ where: { accompagnementId: acc.id, id: { notIn: keptObjectifs } } });
    await writeAudit(tx, actor, {
      action: "accompagnement.plan", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: acc.usagerId, objectifs: keptObjectifs.length, actions: keptActions.length },
    });
    return { version };
  });
}

export async function setPlanActionStatus(actor: Actor, input: z.output<typeof ZPlanActionStatus>) {
  return db.$transaction(async (tx) => {
    const acc = await loadManaged(tx, actor, input.id);
    assertEditable(acc);
    const version = await bumpVersion(tx, acc.id, input.version);
    const { count } = await tx.planAction.updateMany({
      where: { id: input.actionId, objectif: { accompagnementId: acc.id } },
      data: { status: input.status },
    });
    if (count === 0) throw new NotFoundError();
    await writeAudit(tx, actor, {
      action: "accompagnement.plan_action", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: acc.usagerId, actionId: input.actionId, status: input.status },
    });
    return { version };
  });
}
