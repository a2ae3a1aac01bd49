// A RESPONSABLE confirms the anonymisation of one or several flagged dossiers, or refreshes the
// list now (the nightly job does the same for every structure).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canReviewRetention } from "@/lib/auth/permissions";
import { retentionFlagScope } from "@/lib/auth/scopes/retention";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { retentionSettingsOf } from "@/lib/domain/settings/retention-settings";
import type { z } from "zod";
import { anonymiseDossier } from "@/lib/domain/dossier/anonymise";
import { findInactiveDossiers } from "./inactivity";
import { refreshFlagsOf } from "./jobs";
import type { ZAnonymiseSelection } from "./schemas";

export async function refreshRetentionReview(actor: Actor, _input: unknown, now = new Date()) {
  if (!canReviewRetention(actor)) throw new NotFoundError();
  const counts = await refreshFlagsOf(actor.structureId, now);
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "retention.refresh", entityType: "Structure", entityId: actor.structureId, details: counts }));
  return counts;
}

/** All or nothing: every selected dossier must still be flagged and still without contact. */
export async function confirmAnonymisation(actor: Actor, input: z.output<typeof ZAnonymiseSelection>, now = new Date()) {
  if (!canReviewRetention(actor)) throw new NotFoundError();
  const { inactiviteAnonymisationMois } = await retentionSettingsOf(actor.structureId);
  return db.$transaction(async (tx) => {
    const flagged = await tx.retentionFlag.findMany({ where: { AND: [retentionFlagScope(actor), { usagerId: { in: input.usagerIds } }] }, select: { usagerId: true } });
    if (flagged.length !== input.usagerIds.length) throw new NotFoundError();
    const stillInactive = await findInactiveDossiers(actor.structureId, inactiviteAnonymisationMois, now, { usagerIds: input.usagerIds, client: tx });
    if (stillInactive.length !== input.usagerIds.length) {
      throw new DomainError("Un dossier sélectionné a eu un contact récent ou est déjà anonymisé : actualisez la liste. Rien n'a été anonymisé.");
    }
    let anonymises = 0;
    for (const usagerId of input.usagerIds) {
      if (await anonymiseDossier(tx, { usagerId, ...ownedBy(actor) }, { now, actor, mode: "manuel" })) anonymises++;
    }
    return { anonymises };
  }, { timeout: 120_000 });
}
