import type { DbTx } from "@/lib/db";

/**
 * Next numéro de dossier of a structure for a year, e.g. 2026-000123. The counter row is
 * incremented atomically (INSERT … ON CONFLICT), so concurrent creations never share a number.
 */
export async function nextNumeroDossier(tx: DbTx, structureId: string, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DossierCounter" ("structureId", year, last) VALUES (${structureId}::uuid, ${year}, 1)
    ON CONFLICT ("structureId", year) DO UPDATE SET last = "DossierCounter".last + 1
    RETURNING last`;
  return `${year}-${String(rows[0]!.last).padStart(6, "0")}`;
}
