import type { DbTx } from "@/lib/db";

/**
 * Next fiche reference of a structure for a year, e.g. FL-2026-000042. The counter row is
 * incremented atomically (INSERT … ON CONFLICT), so concurrent sendings never share a reference.
 */
export async function nextFicheReference(tx: DbTx, structureId: string, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "FicheCounter" ("structureId", year, last) VALUES (${structureId}::uuid, ${year}, 1)
    ON CONFLICT ("structureId", year) DO UPDATE SET last = "FicheCounter".last + 1
    RETURNING last`;
  return formatFicheReference(year, rows[0]!.last);
}

export const formatFicheReference = (year: number, n: number) => `FL-${year}-${String(n).padStart(6, "0")}`;
