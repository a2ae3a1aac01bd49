// Shared steps of every accompagnement write: load inside the actor's scope (foreign id → 404),
// check the management rule, refuse edits of a closed one, and bump the version so that two
// people saving the same accompagnement cannot overwrite each other.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canChangeReferent, canManageAccompagnement } from "@/lib/auth/permissions";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { workerScope } from "@/lib/auth/scopes/user";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const CONFLICT_MESSAGE =
  "Cet accompagnement a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rien n'a été enregistré : rechargez la page pour voir la dernière version, puis refaites vos changements.";
export const NOT_MANAGER_MESSAGE =
  "Seul·e le ou la référent·e de l'accompagnement ou un·e responsable peut le modifier ou changer son statut.";
export const CLOSED_MESSAGE = "Cet accompagnement est clos : il ne peut plus être modifié.";
export const ARCHIVED_MESSAGE = "Ce dossier est archivé : il ne peut plus être modifié.";

export async function loadManaged(tx: DbTx, actor: Actor, id: string) {
  const acc = await tx.accompagnement.findFirst({
    where: { AND: [accompagnementScope(actor), { id }] },
    include: { usager: { select: { id: true, status: true } } },
  });
  if (!acc) throw new NotFoundError();
  if (!canManageAccompagnement(actor, acc)) throw new DomainError(NOT_MANAGER_MESSAGE);
  return acc;
}

/** Any change but a status change needs an open accompagnement on a living dossier. */
export function assertEditable(acc: { status: string; usager: { status: string } }) {
  if (acc.usager.status === "ARCHIVE") throw new DomainError(ARCHIVED_MESSAGE);
  if (acc.status === "CLOS") throw new DomainError(CLOSED_MESSAGE);
}

/** Takes the row lock and checks the version in one statement; the loser of a race gets 0 rows. */
export async function bumpVersion(tx: DbTx, id: string, version: number, data: Prisma.AccompagnementUpdateManyMutationInput = {}) {
  const { count } = await tx.accompagnement.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new DomainError(CONFLICT_MESSAGE);
  return version + 1;
}

/**
 * The référent must be an active worker of the structure. Same rule as the dossier's référents:
 * a RESPONSABLE chooses anyone, a travailleur social only themself.
 */
export async function assertReferent(tx: DbTx, actor: Actor, usager: { structureId: string }, referentId: string) {
  if (!canChangeReferent(actor, usager, referentId)) {
    throw new DomainError("Seul·e un·e responsable peut confier un accompagnement à un autre référent que soi-même.", {
      referentId: "Vous ne pouvez désigner que vous-même.",
    });
  }
  const user = await tx.user.findFirst({
    where: { AND: [workerScope(actor), { id: referentId, status: "ACTIVE" }] },
    select: { id: true },
  });
  if (!user) throw new DomainError("Référent inconnu.", { referentId: "Choisissez un·e travailleur·se social·e de votre structure." });
}
