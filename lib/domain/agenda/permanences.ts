// Permanences: a travailleur social sets up their own weekly slots in a site, a RESPONSABLE
// anyone's; exceptions remove a date (holiday, absence). A date that already holds a booking
// cannot be removed silently: the bookings must be moved or cancelled first.
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManagePermanence, canViewAgenda } from "@/lib/auth/permissions";
import { permanenceExceptionScope, permanenceScope } from "@/lib/auth/scopes/permanence";
import { siteScope } from "@/lib/auth/scopes/site";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import { assertWorker } from "./commands";
import { parisRange } from "./calendar";
import type { ZPermanence, ZPermanenceException } from "./schemas";

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `sansRendezVous`: a walk-in permanence (the accueil's queue); a bookable one when left out. */
export async function createPermanence(actor: Actor, input: Omit<z.output<typeof ZPermanence>, "sansRendezVous"> & { sansRendezVous?: boolean }) {
  if (!canViewAgenda(actor)) throw new NotFoundError();
  if (!canManagePermanence(actor, { ...ownedBy(actor), travailleurId: input.travailleurId })) {
    throw new DomainError("Seul·e un·e responsable peut créer la permanence d'un·e collègue.", { travailleurId: "Choisissez-vous vous-même, ou demandez à un·e responsable." });
  }
  return db.$transaction(async (tx) => {
    await assertWorker(tx, actor, input.travailleurId);
    const site = await tx.site.findFirst({ where: { AND: [siteScope(actor), { id: input.siteId }] }, select: { id: true } });
    if (!site) throw new DomainError("Site inconnu.", { siteId: "Choisissez un site de votre structure." });
    const perm = await tx.permanence.create({
      data: {
        ...ownedBy(actor), siteId: site.id, travailleurId: input.travailleurId, jour: input.jour,
        debut: input.debut, fin: input.fin, dureeCreneauMinutes: input.dureeCreneauMinutes,
        depuis: asDate(input.depuis), jusquau: input.jusquau ? asDate(input.jusquau) : null, sansRendezVous: input.sansRendezVous ?? false,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "permanence.create", entityType: "Permanence", entityId: perm.id,
      details: { siteId: site.id, travailleurId: input.travailleurId, jour: input.jour, debut: input.debut, fin: input.fin, sansRendezVous: input.sansRendezVous ?? false },
    });
    return perm;
  });
}

async function loadManagedPermanence(actor: Actor, id: string) {
  if (!isUuid(id) || !canViewAgenda(actor)) throw new NotFoundError();
  const perm = await db.permanence.findFirst({ where: { AND: [permanenceScope(actor), { id }] } });
  if (!perm) throw new NotFoundError();
  if (!canManagePermanence(actor, perm)) throw new DomainError("Seul·e un·e responsable peut modifier la permanence d'un·e collègue.");
  return perm;
}

export async function addPermanenceException(actor: Actor, input: z.output<typeof ZPermanenceException>) {
  const perm = await loadManagedPermanence(actor, input.permanenceId);
  const { from, to } = parisRange(input.date, 1);
  return db.$transaction(async (tx) => {
    const booked = await tx.rendezVous.count({ where: { permanenceId: perm.id, status: "PREVU", debut: { gte: from, lt: to } } });
    if (booked > 0) {
      throw new DomainError("Des rendez-vous sont réservés ce jour-là.", { date: `${booked} rendez-vous réservé(s) ce jour-là : déplacez-les ou annulez-les d'abord.` });
    }
    const exists = await tx.permanenceException.findUnique({ where: { permanenceId_date: { permanenceId: perm.id, date: asDate(input.date) } } });
    if (exists) throw new DomainError("Date déjà exclue.", { date: "Cette date est déjà exclue." });
    const exc = await tx.permanenceException.create({ data: { permanenceId: perm.id, date: asDate(input.date), motif: input.motif }, select: { id: true } });
    await writeAudit(tx, actor, { action: "permanence.exception", entityType: "Permanence", entityId: perm.id, details: { date: input.date } });
    return exc;
  });
}

/** Gives back an excluded date (an absence cancelled): its slots can be booked again. */
export async function removePermanenceException(actor: Actor, input: { exceptionId: string }) {
  if (!isUuid(input.exceptionId) || !canViewAgenda(actor)) throw new NotFoundError();
  const exc = await db.permanenceException.findFirst({
    where: { AND: [permanenceExceptionScope(actor), { id: input.exceptionId }] },
    select: { id: true, date: true, permanenceId: true },
  });
  if (!exc) throw new NotFoundError();
  const perm = await loadManagedPermanence(actor, exc.permanenceId);
  await db.$transaction(async (tx) => {
    await tx.permanenceException.delete({ where: { id: exc.id } });
    await writeAudit(tx, actor, { action: "permanence.exception.remove", entityType: "Permanence", entityId: perm.id, details: { date: exc.date.toISOString().slice(0, 10) } });
  });
  return { id: exc.id };
}

/** Ends a permanence: no new bookings; the existing rendez-vous stay. */
export async function closePermanence(actor: Actor, input: { permanenceId: string }) {
  const perm = await loadManagedPermanence(actor, input.permanenceId);
  await db.$transaction(async (tx) => {
    await tx.permanence.update({ where: { id: perm.id }, data: { actif: false } });
    await writeAudit(tx, actor, { action: "permanence.close", entityType: "Permanence", entityId: perm.id });
  });
  return { id: perm.id };
}
