// Data for the travailleur social's "à faire" list: plan actions coming due, and accompagnements
// left without any entretien for a while. Only the actor's own accompagnements (as référent).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { entretienScope } from "@/lib/auth/scopes/entretien";

const DAY_MS = 86_400_000;
const usagerSelect = { select: { id: true, nom: true, prenom: true, numeroDossier: true } } as const;
const href = (usagerId: string, id: string) => `/usagers/${usagerId}/accompagnements/${id}`;

/**
 * Actions still to do (à faire or en cours) with a deadline on or before `until` (overdue ones
 * included), in accompagnements not closed whose référent is the actor. Earliest deadline first.
 */
export async function planActionsDue(actor: Actor, until: Date) {
  const actions = await db.planAction.findMany({
    where: {
      status: { in: ["A_FAIRE", "EN_COURS"] },
      echeance: { not: null, lte: until },
      // planActionScope, with the référent's conditions in the same join.
      objectif: { accompagnement: { AND: [accompagnementScope(actor), { referentId: actor.id, status: { not: "CLOS" } }] } },
    },
    select: {
      id: true, libelle: true, echeance: true, porteur: true, status: true,
      objectif: { select: { libelle: true, accompagnement: { select: { id: true, type: true, usager: usagerSelect } } } },
    },
    orderBy: [{ echeance: "asc" }, { libelle: "asc" }],
    take: 500,
  });
  return actions.map(({ objectif, ...a }) => ({
    ...a,
    echeance: a.echeance!,
    objectif: objectif.libelle,
    accompagnement: { id: objectif.accompagnement.id, type: objectif.accompagnement.type },
    usager: objectif.accompagnement.usager,
    href: href(objectif.accompagnement.usager.id, objectif.accompagnement.id),
  }));
}

/**
 * Accompagnements EN_COURS of the actor (as référent), started at least `days` days ago, with no
 * entretien with the person in the last `days` days (an entretien linked to the accompagnement
 * is one with its usager, so the usager's entretiens cover both). Oldest last contact first.
 */
export async function accompagnementsWithoutEntretien(actor: Actor, days: number, now: Date) {
  const since = new Date(now.getTime() - days * DAY_MS);
  const rows = await db.accompagnement.findMany({
    where: {
      AND: [accompagnementScope(actor), {
        referentId: actor.id, status: "EN_COURS", debut: { lte: since },
        usager: { entretiens: { none: { date: { gte: since } } } },
      }],
    },
    select: { id: true, type: true, debut: true, usager: usagerSelect },
    take: 500,
  });
  const last = rows.length === 0 ? [] : await db.entretien.groupBy({
    by: ["usagerId"],
    where: { AND: [entretienScope(actor), { usagerId: { in: rows.map((r) => r.usager.id) } }] },
    _max: { date: true },
  });
  const lastOf = new Map(last.map((l) => [l.usagerId, l._max.date]));
  return rows
    .map((r) => ({ ...r, dernierEntretien: lastOf.get(r.usager.id) ?? null, href: href(r.usager.id, r.id) }))
    .sort((a, b) => (a.dernierEntretien?.getTime() ?? 0) - (b.dernierEntretien?.getTime() ?? 0) || a.debut.getTime() - b.debut.getTime());
}
