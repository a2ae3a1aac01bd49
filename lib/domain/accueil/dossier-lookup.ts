// Finding the dossier of a person at the desk with the usual search (name or numéro, accents and
// small typos forgiven: usagers/search-sql.ts). For the agent d'accueil this is an identity
// lookup: name, first name, numéro and year of birth are selected, nothing else (decision 0050).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canUseAccueil } from "@/lib/auth/permissions";
import { usagerIdentityScope, usagerIdentityScopeSql } from "@/lib/auth/scopes/usager";
import { SET_SIMILARITY, searchCondition } from "@/lib/domain/usagers/search-sql";
import { isUuid } from "@/lib/domain/shared/fields";

export type DossierIdentity = { id: string; label: string };

type Row = { id: string; nom: string; prenom: string; numeroDossier: string; dateNaissance: Date | null };

export const identityLabel = (u: Omit<Row, "id">) =>
  `${u.nom.toUpperCase()} ${u.prenom} · n° ${u.numeroDossier}${u.dateNaissance ? ` · né·e en ${u.dateNaissance.getUTCFullYear()}` : ""}`;

export async function searchDossierIdentities(actor: Actor, term: string): Promise<DossierIdentity[]> {
  if (!canUseAccueil(actor)) return [];
  const search = searchCondition(term.slice(0, 100));
  if (!search) return [];
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw(SET_SIMILARITY);
    return tx.$queryRaw<Row[]>`
      SELECT u.id, u.nom, u.prenom, u."numeroDossier", u."dateNaissance" FROM "Usager" u
      WHERE ${usagerIdentityScopeSql(actor, "u")} AND u."anonymiseLe" IS NULL AND ${search.where}
      ORDER BY ${search.score} DESC, u.nom, u.prenom, u.id LIMIT 10`;
  });
  return rows.map((r) => ({ id: r.id, label: identityLabel(r) }));
}

/** One dossier's identity (the one chosen in the search), or null when out of reach. */
export async function getDossierIdentity(actor: Actor, id: string | null | undefined): Promise<DossierIdentity | null> {
  if (!id || !canUseAccueil(actor) || !isUuid(id)) return null;
  const u = await db.usager.findFirst({
    where: { AND: [usagerIdentityScope(actor), { id, anonymiseLe: null }] },
    select: { id: true, nom: true, prenom: true, numeroDossier: true, dateNaissance: true },
  });
  return u ? { id: u.id, label: identityLabel(u) } : null;
}

