// Likely duplicates before creating a dossier: same birth date and a similar name (accents and
// case ignored, small typos tolerated), inside the actor's structure only.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canCreateUsager } from "@/lib/auth/permissions";
import { usagerScopeSql } from "@/lib/auth/scopes/usager";
import { normalizeText } from "./normalize";

export type LikelyDuplicate = { id: string; numeroDossier: string; nom: string; prenom: string; nomNaissance: string | null; dateNaissance: Date; quartier: string | null };

export async function findLikelyDuplicates(
  actor: Actor,
  input: { nom: string; prenom: string; dateNaissance: string },
): Promise<LikelyDuplicate[]> {
  if (!canCreateUsager(actor) || !/^\d{4}-\d{2}-\d{2}$/.test(input.dateNaissance)) return [];
  const nom = normalizeText(input.nom);
  const prenom = normalizeText(input.prenom);
  if (!nom && !prenom) return [];
  const birth = new Date(`${input.dateNaissance}T00:00:00Z`);
  if (Number.isNaN(birth.getTime())) return [];
  // Few people share a birth date in one structure: the date narrows first (index), then the
  // name is compared to the stored key, which holds nom, nom de naissance and prénom.
  const name = `${nom} ${prenom}`.trim();
  return db.$queryRaw<LikelyDuplicate[]>(Prisma.sql`
    SELECT u.id, u."numeroDossier", u.nom, u.prenom, u."nomNaissance", u."dateNaissance", u.quartier
    FROM "Usager" u
    WHERE ${usagerScopeSql(actor, "u")} AND u."dateNaissance" = ${birth}::date
      AND (word_similarity(${nom || prenom}, u."searchName") >= 0.5 AND similarity(${name}, u."searchName") >= 0.3)
    ORDER BY similarity(${name}, u."searchName") DESC
    LIMIT 10`);
}
