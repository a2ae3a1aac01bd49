// The world of the team-work tests (transmissions, tasks, notifications, absences): the two
// structures of makeWorld and one dossier of structure A; with `more`, a second dossier with an
// aide instructed by the TS, and a dossier of structure B.
import { db } from "./db";
import { makeUsager, makeWorld } from "./factories";

export async function teamWorld() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  return { w, usager };
}

export async function teamWorldWithDossiers() {
  const { w, usager } = await teamWorld();
  const other = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
  const foreign = await makeUsager(w.b, { nom: "Martin", prenom: "Paul" });
  const aide = await db.aide.create({ data: { structureId: w.a.id, usagerId: other.id, instructeurId: w.users.ts.id, type: "ALIMENTAIRE", montantDemandeCents: 5_000, demandeLe: new Date("2026-03-02T00:00:00Z") } });
  return { w, usager, other, foreign, aide };
}
