// "RDV fixé" on a fiche de liaison is a real rendez-vous: called inside the fiche's transaction,
// it moves the rendez-vous already booked for the fiche (e.g. by the agent in a permanence) or
// creates one, for the fiche's assignee (or the worker recording it), with the conflict check.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { siteScope } from "@/lib/auth/scopes/site";
import type { RdvLieu } from "@/lib/domain/fiches/labels";
import { assertWorkerFree } from "./conflicts";
import type { RendezVousKind } from "./labels";

export const FICHE_RDV_MINUTES = 45;
const KIND_OF: Record<RdvLieu, RendezVousKind> = { MAISON_DES_SOLIDARITES: "BUREAU", MAIRIE_DE_QUARTIER: "PERMANENCE", DOMICILE: "VISITE_A_DOMICILE" };

type Fiche = { id: string; structureId: string; siteId: string; usagerId: string | null; assigneeId: string | null };
type Rdv = { debut: Date; lieu: RdvLieu; lieuPrecision: string | null };

export async function upsertFicheRendezVous(tx: DbTx, actor: Actor, fiche: Fiche, rdv: Rdv, now: Date) {
  const existing = await tx.rendezVous.findFirst({ where: { AND: [rendezVousScope(actor), { ficheId: fiche.id, status: "PREVU" }] } });
  const travailleurId = existing?.travailleurId ?? fiche.assigneeId ?? actor.id;
  const minutes = existing ? (existing.fin.getTime() - existing.debut.getTime()) / 60_000 : FICHE_RDV_MINUTES;
  const fin = new Date(rdv.debut.getTime() + minutes * 60_000);
  await assertWorkerFree(tx, { travailleurId, debut: rdv.debut, fin, excludeId: existing?.id }, "heure");
  const siteId = rdv.lieu === "MAIRIE_DE_QUARTIER" ? fiche.siteId
    : rdv.lieu === "MAISON_DES_SOLIDARITES"
      ? ((await tx.site.findFirst({ where: { AND: [siteScope(actor), { kind: "MAISON_DES_SOLIDARITES" }] }, select: { id: true } }))?.id ?? null)
      : null;
  if (existing) {
    const moved = existing.debut.getTime() !== rdv.debut.getTime();
    await tx.rendezVous.update({
      where: { id: existing.id },
      data: {
        debut: rdv.debut, fin, kind: KIND_OF[rdv.lieu], siteId, lieuPrecision: rdv.lieuPrecision, usagerId: existing.usagerId ?? fiche.usagerId,
        // The permanence slot no longer holds when the CCAS chose another time or place.
        permanenceId: moved || rdv.lieu !== "MAIRIE_DE_QUARTIER" ? null : existing.permanenceId,
        version: { increment: 1 }, ...(moved ? { rappelEnvoyeAt: null, rappelCanal: null } : {}),
      },
    });
    return existing.id;
  }
  const created = await tx.rendezVous.create({
    data: {
      structureId: fiche.structureId, usagerId: fiche.usagerId, ficheId: fiche.id, travailleurId, siteId,
      kind: KIND_OF[rdv.lieu], debut: rdv.debut, fin, lieuPrecision: rdv.lieuPrecision, createdById: actor.id, statusChangedAt: now,
    },
    select: { id: true },
  });
  return created.id;
}

/** When a fiche gets its dossier, its rendez-vous follow it. */
export async function attachFicheRendezVousToUsager(tx: DbTx, ficheId: string, usagerId: string) {
  await tx.rendezVous.updateMany({ where: { ficheId, usagerId: null }, data: { usagerId } });
}
