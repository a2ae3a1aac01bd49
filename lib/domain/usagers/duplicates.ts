// Likely duplicates before creating a dossier: same birth date and a similar name (accents and
// case ignored, small typos tolerated), inside the actor's structure only.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canCreateUsager } from "@/lib/auth/permissions";
import { usagerScopeSql } from "@/lib/auth/scopes/usager";
import { normalizeText } from "@/lib/domain/shared/normalize";
export { birthKey } from "./labels";

export type LikelyDuplicate = {
  id: string; numeroDossier: string; nom: string; prenom: string; nomNaissance: string | null;
  dateNaissance: Date | null; dateNaissancePrecision: "EXACTE" | "ANNEE" | "INCONNUE"; quartier: string | null;
};

/**
 * `dateNaissance` is what the form knows: yyyy-mm-dd (exact), yyyy (year only) or "" (unknown).
 * A dossier whose birth date is compatible (same day; same year when either side knows only the
 * year) needs a similar name; a dossier without a birth date, or a search without one, needs a
 * closer name, since nothing else narrows it.
 */
export async function findLikelyDuplicates(
  actor: Actor,
  input: { nom: string; prenom: string; dateNaissance: string },
): Promise<LikelyDuplicate[]> {
  if (!canCreateUsager(actor)) return [];
  const nom = normalizeText(input.nom);
  const prenom = normalizeText(input.prenom);
  if (!nom && !prenom) return [];
  const exact = /^\d{4}-\d{2}-\d{2}$/.test(input.dateNaissance) ? new Date(`${input.dateNaissance}T00:00:00Z`) : null;
  if (exact && Number.isNaN(exact.getTime())) return [];
  const year = exact ? exact.getUTCFullYear() : /^\d{4}$/.test(input.dateNaissance) ? Number(input.dateNaissance) : null;
  if (!exact && year === null && input.dateNaissance !== "") return [];
  const name = `${nom} ${prenom}`.trim();
  const similar = Prisma.sql`(word_similarity(${nom || prenom}, u."searchName") >= 0.5 AND similarity(${name}, u."searchName") >= 0.3)`;
  const close = Prisma.sql`similarity(${name}, u."searchName") >= 0.6`;
  const sameYear = Prisma.sql`extract(year FROM u."dateNaissance") = ${year}`;
  const dateFits = exact
    ? Prisma.sql`(u."dateNaissance" = ${exact}::date OR (u."dateNaissancePrecision" = 'ANNEE' AND ${sameYear}))`
    : year !== null ? sameYear : Prisma.sql`FALSE`;
  // With an exact date the index on (structureId, dateNaissance) narrows first, as before.
  const match = year === null ? close : Prisma.sql`((${dateFits} AND ${similar}) OR (u."dateNaissance" IS NULL AND ${close}))`;
  return db.$queryRaw<LikelyDuplicate[]>(Prisma.sql`
    SELECT u.id, u."numeroDossier", u.nom, u.prenom, u."nomNaissance", u."dateNaissance", u."dateNaissancePrecision", u.quartier
    FROM "Usager" u
    WHERE ${usagerScopeSql(actor, "u")} AND ${match}
    ORDER BY similarity(${name}, u."searchName") DESC
    LIMIT 10`);
}
