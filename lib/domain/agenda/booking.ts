// Booking a permanence slot for the person of a fiche de liaison. An agent sees the permanences of
// their own site as free/busy only (never who holds a slot); the booking becomes a rendez-vous
// linked to the fiche, and the fiche shows the appointment to the agent.
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canBookPermanence } from "@/lib/auth/permissions";
import { ficheScope } from "@/lib/auth/scopes/fiche";
import { permanenceBookingScope, permanenceScope } from "@/lib/auth/scopes/permanence";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { addDays, parisRange } from "./calendar";
import { assertWorkerFree, SLOT_TAKEN } from "./conflicts";
import { occurrences, overlaps, ruleOf, slotsOf } from "./recurrence";
import { BUSY_STATUSES } from "./status-machine";
import type { ZBookSlot } from "./schemas";

export type FreeBusySlot = { debut: Date; fin: Date; libre: boolean };
export type PermanenceSlots = { permanenceId: string; site: string; jour: number; debut: string; fin: string; slots: FreeBusySlot[] };

/** Slots of the permanences the actor may book into, from today for `days` days, free or busy. */
export async function listBookableSlots(actor: Actor, { days = 28, now = new Date() } = {}): Promise<PermanenceSlots[]> {
  const perms = await db.permanence.findMany({
    where: { AND: [permanenceScope(actor), { actif: true, sansRendezVous: false }] },
    include: { exceptions: true, site: { select: { name: true } } },
    orderBy: [{ jour: "asc" }, { debut: "asc" }],
  });
  const bookable = perms.filter((p) => canBookPermanence(actor, p));
  if (bookable.length === 0) return [];
  const today = parisToday(now);
  const { from, to } = parisRange(today, days);
  // Only instants: whose appointment it is never leaves this function.
  const busy = await db.rendezVous.findMany({
    where: { travailleurId: { in: [...new Set(bookable.map((p) => p.travailleurId))] }, status: { in: [...BUSY_STATUSES] }, debut: { lt: to }, fin: { gt: from } },
    select: { travailleurId: true, debut: true, fin: true },
  });
  return bookable.map((p) => ({
    permanenceId: p.id, site: p.site.name, jour: p.jour, debut: p.debut, fin: p.fin,
    slots: occurrences(ruleOf(p), today, addDays(today, days - 1))
      .flatMap((o) => slotsOf(o, p.dureeCreneauMinutes))
      .filter((s) => s.debut.getTime() > now.getTime())
      .map((s) => ({ ...s, libre: !busy.some((b) => b.travailleurId === p.travailleurId && overlaps(s, b)) })),
  }));
}

async function loadFicheForBooking(actor: Actor, ficheId: string) {
  const fiche = await db.ficheLiaison.findFirst({
    where: { AND: [ficheScope(actor), { id: ficheId }] },
    select: { id: true, reference: true, status: true, usagerId: true, structureId: true },
  });
  if (!fiche) throw new NotFoundError();
  if (!["ENVOYEE", "RECUE", "EN_COURS"].includes(fiche.status)) {
    throw new DomainError("Cette fiche a déjà une suite : on ne peut plus y réserver de créneau.");
  }
  return fiche;
}

export async function bookPermanenceSlot(actor: Actor, input: z.output<typeof ZBookSlot>, now = new Date()) {
  if (!isUuid(input.ficheId)) throw new NotFoundError();
  const fiche = await loadFicheForBooking(actor, input.ficheId);
  const perm = isUuid(input.permanenceId)
    ? await db.permanence.findFirst({ where: { AND: [permanenceBookingScope(actor), { id: input.permanenceId, actif: true, sansRendezVous: false }] }, include: { exceptions: true, site: { select: { name: true } } } })
    : null;
  if (!perm) throw new DomainError("Permanence inconnue.", { permanenceId: "Choisissez un créneau d'une permanence de votre site." });
  if (!canBookPermanence(actor, perm)) {
    throw new DomainError("Cette permanence n'a pas lieu dans votre site.", { permanenceId: "Vous ne pouvez réserver que les permanences de votre site." });
  }
  const debut = new Date(input.debut);
  if (debut.getTime() <= now.getTime()) throw new DomainError("Ce créneau est passé.", { debut: "Ce créneau est passé : choisissez-en un autre." });
  const date = parisToday(debut);
  const slot = occurrences(ruleOf(perm), date, date).flatMap((o) => slotsOf(o, perm.dureeCreneauMinutes))
    .find((s) => s.debut.getTime() === debut.getTime());
  if (!slot) throw new DomainError("Créneau inconnu.", { debut: "Ce créneau ne fait pas partie de la permanence : choisissez-en un dans la liste." });
  return db.$transaction(async (tx) => {
    // One booking per fiche, even when two are submitted at once.
    await tx.$queryRaw`SELECT id::text FROM "FicheLiaison" WHERE id = ${fiche.id}::uuid FOR UPDATE`;
    const already = await tx.rendezVous.findFirst({ where: { ficheId: fiche.id, status: "PREVU" }, select: { id: true } });
    if (already) throw new DomainError("Un rendez-vous est déjà réservé pour cette fiche.", { debut: "Un rendez-vous est déjà réservé pour cette fiche." });
    await assertWorkerFree(tx, { travailleurId: perm.travailleurId, debut: slot.debut, fin: slot.fin }, "debut", () => SLOT_TAKEN);
    const rdv = await tx.rendezVous.create({
      data: {
        ...ownedBy(actor), usagerId: fiche.usagerId, ficheId: fiche.id, travailleurId: perm.travailleurId,
        siteId: perm.siteId, permanenceId: perm.id, kind: "PERMANENCE", debut: slot.debut, fin: slot.fin,
        rappelConsenti: input.rappelConsenti, createdById: actor.id, statusChangedAt: now,
      },
      select: { id: true },
    });
    await tx.ficheLiaison.update({
      where: { id: fiche.id },
      data: { rdvDate: slot.debut, rdvLieu: "MAIRIE_DE_QUARTIER", rdvLieuPrecision: `Permanence, ${perm.site.name}` },
    });
    await writeAudit(tx, actor, {
      action: "rendezvous.book", entityType: "RendezVous", entityId: rdv.id,
      details: { ficheId: fiche.id, reference: fiche.reference, permanenceId: perm.id },
    });
    return { id: rdv.id, debut: slot.debut };
  });
}
