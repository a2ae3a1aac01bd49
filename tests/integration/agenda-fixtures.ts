// A structure with its actors, a dossier, a fiche of the agent's site and a weekly permanence of
// the travailleur social at the mairie de quartier; dates are chosen relative to today.
import { db } from "@/lib/db";
import { addDays, isoWeekday } from "@/lib/domain/agenda/calendar";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { makeUsager, makeWorld, unique } from "../helpers/factories";

/** A Paris date `days` ahead of today. */
export const ahead = (days: number) => addDays(parisToday(), days);
/** The next `weekday` (1 = lundi) at least `minDays` ahead. */
export function nextWeekday(weekday: number, minDays = 2) {
  const start = ahead(minDays);
  return addDays(start, (weekday - isoWeekday(start) + 7) % 7);
}

export async function agendaWorld() {
  const w = await makeWorld();
  const mairie = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  await db.usager.update({ where: { id: usager.id }, data: { telephone: "06 12 34 56 78" } });
  const otherUsager = await makeUsager(w.b, { nom: "Autre", prenom: "Personne" });
  const permanence = await db.permanence.create({
    data: {
      structureId: w.a.id, siteId: mairie.id, travailleurId: w.users.ts.id, jour: 2, debut: "09:00", fin: "11:00",
      dureeCreneauMinutes: 30, depuis: new Date("2026-01-01T00:00:00Z"),
    },
  });
  const mdsPermanence = await db.permanence.create({
    data: {
      structureId: w.a.id, siteId: mds.id, travailleurId: w.users.ts2.id, jour: 4, debut: "14:00", fin: "16:00",
      dureeCreneauMinutes: 30, depuis: new Date("2026-01-01T00:00:00Z"),
    },
  });
  const fiche = await makeFiche(w.a.id, mairie.id, w.users.agent.id);
  return { ...w, mairie, mds, usager, otherUsager, permanence, mdsPermanence, fiche };
}

export function makeFiche(structureId: string, siteId: string, agentId: string) {
  return db.ficheLiaison.create({
    data: {
      structureId, reference: unique("FL"), siteId, agentId, nom: "N'Diaye", prenom: "Aïssatou", telephone: "07 11 22 33 44",
      motifs: ["BUDGET_DETTES"], urgence: "NORMALE", consentementTexte: "accord",
    },
  });
}

export const rdvCount = () => db.rendezVous.count();
