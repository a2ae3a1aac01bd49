// The part of an accompagnement that depends on its type: budget and debts (budgétaire), arrears
// and eviction procedure (logement), where the person lives and sleeps (errance). Lists are
// replaced as a whole: the form always sends all of them.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { ACCOMPAGNEMENT_TYPE_SHORT, type AccompagnementType } from "./labels";
import { assertEditable, bumpVersion, loadManaged } from "./load";
import type { Budgetaire, Errance, Logement } from "./schemas";

async function loadOfType(tx: DbTx, actor: Actor, id: string, type: AccompagnementType) {
  const acc = await loadManaged(tx, actor, id);
  if (acc.type !== type) {
    throw new DomainError(`Ces informations ne concernent que les accompagnements de type « ${ACCOMPAGNEMENT_TYPE_SHORT[type]} ».`);
  }
  assertEditable(acc);
  return acc;
}

const date = (v: string | null) => (v ? isoToDate(v) : null);

export async function saveBudgetaire(actor: Actor, input: Budgetaire) {
  return db.$transaction(async (tx) => {
    const acc = await loadOfType(tx, actor, input.id, "BUDGETAIRE");
    const version = await bumpVersion(tx, acc.id, input.version, {
      surendettement: input.surendettement, resteAVivreApresPlanCents: input.resteAVivreApresPlan,
    });
    await tx.dette.deleteMany({ where: { accompagnementId: acc.id } });
    await tx.dette.createMany({
      data: input.dettes.map((d) => ({ accompagnementId: acc.id, creancier: d.creancier, montantCents: d.montant, mensualiteCents: d.mensualite })),
    });
    await writeAudit(tx, actor, {
      action: "accompagnement.budgetaire", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: acc.usagerId, surendettement: input.surendettement, dettes: input.dettes.length },
    });
    return { version };
  });
}

export async function saveLogement(actor: Actor, input: Logement) {
  return db.$transaction(async (tx) => {
    const acc = await loadOfType(tx, actor, input.id, "LOGEMENT");
    const version = await bumpVersion(tx, acc.id, input.version, {
      impayesCents: input.impayes, impayesMois: input.impayesMois, numeroUnique: input.numeroUnique,
      fslDossier: input.fslDossier, asll: input.asll,
    });
    await tx.etapeExpulsion.deleteMany({ where: { accompagnementId: acc.id } });
    await tx.etapeExpulsion.createMany({
      data: input.etapes.map((e) => ({ accompagnementId: acc.id, stade: e.stade, date: isoToDate(e.date)! })),
    });
    await writeAudit(tx, actor, {
      action: "accompagnement.logement", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: acc.usagerId, etapes: input.etapes.map((e) => e.stade) },
    });
    return { version };
  });
}

export async function saveErrance(actor: Actor, input: Errance) {
  return db.$transaction(async (tx) => {
    const acc = await loadOfType(tx, actor, input.id, "ERRANCE");
    const version = await bumpVersion(tx, acc.id, input.version, {
      lieuVie: input.lieuVie, domiciliationOrganisme: input.domiciliationOrganisme,
      domiciliationDebut: date(input.domiciliationDebut), domiciliationFin: date(input.domiciliationFin),
      siaoDemandeLe: date(input.siaoDemandeLe), siaoStatut: input.siaoStatut,
    });
    await tx.contactMaraude.deleteMany({ where: { accompagnementId: acc.id } });
    await tx.contactMaraude.createMany({
      data: input.contactsMaraude.map((c) => ({ accompagnementId: acc.id, date: isoToDate(c.date)!, lieu: c.lieu, observations: c.observations })),
    });
    await writeAudit(tx, actor, {
      action: "accompagnement.errance", entityType: "Accompagnement", entityId: acc.id,
      details: { usagerId: acc.usagerId, contactsMaraude: input.contactsMaraude.length, siaoStatut: input.siaoStatut },
    });
    return { version };
  });
}
