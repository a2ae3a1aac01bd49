// Retention: an anonymised dossier keeps its rendez-vous (dates, kinds and outcomes feed the
// no-show statistics) without the free text typed about the person.
import type { DbTx } from "@/lib/db";

export async function anonymiseRendezVous(tx: DbTx, target: { usagerId: string; structureId: string }) {
  const { count } = await tx.rendezVous.updateMany({
    where: { usagerId: target.usagerId, structureId: target.structureId },
    data: { objet: null, lieuPrecision: null },
  });
  return count;
}
