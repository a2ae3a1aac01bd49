// Retention: the free text of a domiciliation (the link's precision, the written reasons) goes;
// dates, statuses and coded reasons stay for the préfet's statistics, and so does the mail log
// (dates and sender types only, no names).
import type { DbTx } from "@/lib/db";

export async function anonymiseDomiciliations(tx: DbTx, target: { usagerId: string; structureId: string }) {
  return tx.domiciliation.updateMany({
    where: { usagerId: target.usagerId, structureId: target.structureId },
    data: { lienPrecision: null, motifRefusTexte: null, finPrecision: null, membresCouverts: [] },
  });
}
