// A structure with the factories' actors, a reception agent of the Maison des Solidarités, a
// dossier with a foyer member and an entretien, and helpers to write domiciliations directly.
import { actorOf, makeUser, makeUsager, makeWorld } from "../helpers/factories";
import { db } from "../helpers/db";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function domiciliationWorld() {
  const w = await makeWorld();
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const accueil = await makeUser(w.a, "AGENT", { siteId: mds.id });
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  const membre = await db.foyerMembre.create({ data: { usagerId: usager.id, nom: "Lefèvre", prenom: "Léa", dateNaissance: day("2015-04-02"), lien: "ENFANT" } });
  const entretien = await db.entretien.create({
    data: { structureId: w.a.id, usagerId: usager.id, authorId: w.users.ts.id, date: new Date("2026-03-03T09:00:00Z"), dureeMinutes: 45, canal: "BUREAU", objets: ["ACCES_AUX_DROITS"], resume: "Entretien préalable à la domiciliation." },
  });
  return { ...w, actors: { ...w.actors, ACCUEIL: actorOf(accueil) }, usager, membre, entretien, mds };
}
export type DomiciliationWorld = Awaited<ReturnType<typeof domiciliationWorld>>;

/** A domiciliation written straight to the database. */
export async function makeDomiciliation(w: DomiciliationWorld, fields: Partial<Parameters<typeof db.domiciliation.create>[0]["data"]> & { usagerId?: string } = {}) {
  return db.domiciliation.create({
    data: { structureId: w.a.id, usagerId: w.usager.id, demandeLe: day("2026-03-02"), accuseReceptionLe: day("2026-03-02"), liens: ["SEJOUR"], ...fields } as never,
  });
}

export async function grantedDomiciliation(w: DomiciliationWorld, debut = "2026-03-10", extra: Record<string, unknown> = {}) {
  const d = day(debut);
  const fin = new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate() - 1));
  return makeDomiciliation(w, { status: "ACCORDEE", decisionLe: d, debut: d, finValidite: fin, entretienId: w.entretien.id, ...extra } as never);
}

export async function domiciliationChecksum(structureId: string) {
  const [d, c] = await Promise.all([
    db.domiciliation.findMany({ where: { structureId }, orderBy: { id: "asc" } }),
    db.courrierDomiciliation.findMany({ where: { structureId }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify([d, c]);
}
