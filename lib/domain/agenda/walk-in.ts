// Opening hours of the walk-in permanences (sans rendez-vous) of a site on a day: the agenda's
// permanences flagged `sansRendezVous`, with their weekly recurrence and excluded dates
// (decision 0050). The accueil's queue is open on the days these give.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { permanenceScope } from "@/lib/auth/scopes/permanence";
import { occurrences, ruleOf } from "./recurrence";

export type WalkInOpening = { permanenceId: string; debut: Date; fin: Date; heures: string; travailleur: string };

export async function walkInOpenings(actor: Actor, siteId: string, date: string): Promise<WalkInOpening[]> {
  const perms = await db.permanence.findMany({
    where: { AND: [permanenceScope(actor), { siteId, actif: true, sansRendezVous: true }] },
    include: { exceptions: true, travailleur: { select: { firstName: true, lastName: true } } },
    orderBy: { debut: "asc" },
  });
  return perms.flatMap((p) => occurrences(ruleOf(p), date, date).map((o) => ({
    permanenceId: p.id, debut: o.debut, fin: o.fin, heures: `${p.debut.replace(":", " h ")}–${p.fin.replace(":", " h ")}`,
    travailleur: `${p.travailleur.firstName} ${p.travailleur.lastName}`,
  })));
}
