// The RESPONSABLE's review of inactive dossiers: the flagged list and, per dossier, a preview of
// what anonymisation removes and what it keeps.
import { addDays } from "date-fns";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canAnonymiseUsager, canReviewRetention } from "@/lib/auth/permissions";
import { retentionFlagScope } from "@/lib/auth/scopes/retention";
import { NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import { previewAnonymisationLines } from "@/lib/domain/dossier/anonymise";
import { retentionSettingsOf } from "@/lib/domain/settings/retention-settings";

export async function listRetentionReview(actor: Actor) {
  if (!canReviewRetention(actor)) throw new NotFoundError();
  const settings = await retentionSettingsOf(actor.structureId);
  const flags = await db.retentionFlag.findMany({
    where: retentionFlagScope(actor),
    orderBy: [{ dernierContactLe: "asc" }],
    take: 500,
    select: {
      usagerId: true, dernierContactLe: true, signaleLe: true,
      usager: { select: { numeroDossier: true, nom: true, prenom: true, dateNaissance: true, status: true } },
    },
  });
  return {
    settings,
    rows: flags.map((f) => ({
      usagerId: f.usagerId, numeroDossier: f.usager.numeroDossier, nom: f.usager.nom, prenom: f.usager.prenom,
      dateNaissance: f.usager.dateNaissance, status: f.usager.status, dernierContactLe: f.dernierContactLe, signaleLe: f.signaleLe,
      anonymisationAutoLe: settings.anonymisationAutomatique ? addDays(f.signaleLe, settings.anonymisationDelaiGraceJours) : null,
    })),
  };
}

/** What anonymising this flagged dossier will do, counted; 404 outside the scope or when not flagged. */
export async function previewAnonymisation(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) throw new NotFoundError();
  const flag = await db.retentionFlag.findFirst({
    where: { AND: [retentionFlagScope(actor), { usagerId }] },
    select: { dernierContactLe: true, signaleLe: true, usager: true },
  });
  if (!flag || !canAnonymiseUsager(actor, flag.usager)) throw new NotFoundError();
  const u = flag.usager;
  const lines = await previewAnonymisationLines(db, { usagerId, structureId: u.structureId }, u);
  return {
    usager: { id: u.id, numeroDossier: u.numeroDossier, nom: u.nom, prenom: u.prenom, dateNaissance: u.dateNaissance },
    dernierContactLe: flag.dernierContactLe, signaleLe: flag.signaleLe, lines,
  };
}
