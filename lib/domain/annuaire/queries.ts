// Reading the partner directory: every signed-in user of the structure (canReadAnnuaire), always
// inside partenaireScope, so a partner of another structure is a missing one (null → 404).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditAnnuaire } from "@/lib/auth/permissions";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { searchTokens } from "@/lib/domain/usagers/normalize";
import type { AnnuaireParams } from "./schemas";
import { isUuid } from "@/lib/domain/shared/fields";

const PERMANENCES = { permanences: { orderBy: [{ jour: "asc" as const }, { debut: "asc" as const }] } };
const JOURS_ORDER = ["LUNDI", "MARDI", "MERCREDI", "JEUDI", "VENDREDI", "SAMEDI"];


/** Each typed word must start a word of the name, organisation or town: "st andre pmi" finds "PMI … Saint-André". */
function textCondition(q: string) {
  return searchTokens(q).map((t) => ({ OR: [{ searchText: { startsWith: t } }, { searchText: { contains: ` ${t}` } }] }));
}

// Prisma sorts an enum by its declaration order in PostgreSQL, which is the week's order; sorting
// again here keeps the order explicit whatever the database does.
function sortPermanences<T extends { permanences: { jour: string; debut: string }[] }>(p: T): T {
  const rank = (j: string) => JOURS_ORDER.indexOf(j);
  return { ...p, permanences: [...p.permanences].sort((a, b) => rank(a.jour) - rank(b.jour) || a.debut.localeCompare(b.debut)) };
}

export async function searchPartenaires(actor: Actor, params: Pick<AnnuaireParams, "q" | "categorie" | "inactifs">, { take = 200 } = {}) {
  const showInactive = params.inactifs === "1" && canEditAnnuaire(actor);
  const rows = await db.partenaire.findMany({
    where: {
      AND: [
        partenaireScope(actor),
        ...textCondition(params.q),
        params.categorie ? { categorie: params.categorie } : {},
        showInactive ? {} : { actif: true },
      ],
    },
    include: PERMANENCES,
    orderBy: [{ nom: "asc" }],
    take,
  });
  return rows.map(sortPermanences);
}
export type PartenaireRow = Awaited<ReturnType<typeof searchPartenaires>>[number];

export async function getPartenaire(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const row = await db.partenaire.findFirst({ where: { AND: [partenaireScope(actor), { id }] }, include: PERMANENCES });
  return row ? sortPermanences(row) : null;
}

/** Active partners of the structure, for the orientation form's list. */
export function listPartenaireOptions(actor: Actor) {
  return db.partenaire.findMany({
    where: { AND: [partenaireScope(actor), { actif: true }] },
    select: { id: true, nom: true, organisme: true, categorie: true, commune: true },
    orderBy: [{ categorie: "asc" }, { nom: "asc" }],
  });
}
export type PartenaireOption = Awaited<ReturnType<typeof listPartenaireOptions>>[number];
