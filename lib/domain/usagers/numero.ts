import type { DbTx } from "@/lib/db";

/**
 * The next `count` numéros de dossier of a structure for a year, e.g. 2026-000123, in one
 * statement: the counter row moves by `count` atomically (INSERT … ON CONFLICT), so concurrent
 * creations never share a number. An import reserves a whole batch's numbers this way.
 */
export async function reserveNumerosDossier(tx: DbTx, structureId: string, year: number, count: number): Promise<string[]> {
  if (count < 1) return [];
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DossierCounter" ("structureId", year, last) VALUES (${structureId}::uuid, ${year}, ${count}::int)
    ON CONFLICT ("structureId", year) DO UPDATE SET last = "DossierCounter".last + ${count}::int
    RETURNING last`;
  const last = rows[0]!.last;
  return Array.from({ length: count }, (_, i) => `${year}-${String(last - count + 1 + i).padStart(6, "0")}`);
}

/** Next numéro de dossier of a structure for a year. */
export async function nextNumeroDossier(tx: DbTx, structureId: string, year: number): Promise<string> {
  return (await reserveNumerosDossier(tx, structureId, year, 1))[0]!;
}
