// The /usagers filters the dashboard links to: site, created or active between two Paris days,
// age band on a given day, household type (kept on the dossier by a trigger on FoyerMembre) and
// "Non renseigné" for dossiers without a quartier.
import { beforeEach, describe, expect, it } from "vitest";
import { listUsagers } from "@/lib/domain/usagers/list";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const search = (params: Record<string, string>) => parseUsagerListParams({ statut: "tous", ...params });
const names = (page: { rows: { nom: string }[] }) => page.rows.map((r) => r.nom).sort();

describe("household type kept on the dossier", () => {
  it("follows the foyer's members through inserts, updates and deletes", async () => {
    const w = await makeWorld();
    const u = await makeUsager(w.a, { nom: "Foyer", prenom: "A" });
    const menage = async () => (await db.usager.findUniqueOrThrow({ where: { id: u.id }, select: { menage: true } })).menage;
    expect(await menage()).toBe("seul");
    const child = await db.foyerMembre.create({ data: { usagerId: u.id, nom: "Foyer", prenom: "Enfant", dateNaissance: new Date("2015-01-01"), lien: "ENFANT" } });
    expect(await menage()).toBe("monoparental");
    await db.foyerMembre.create({ data: { usagerId: u.id, nom: "Foyer", prenom: "Conjoint", dateNaissance: new Date("1980-01-01"), lien: "CONJOINT" } });
    expect(await menage()).toBe("coupleEnfants");
    await db.foyerMembre.update({ where: { id: child.id }, data: { lien: "PARENT" } });
    expect(await menage()).toBe("couple");
    await db.foyerMembre.deleteMany({ where: { usagerId: u.id, lien: "CONJOINT" } });
    expect(await menage()).toBe("autre");
    // A member moved to another dossier: both dossiers are recomputed.
    const v = await makeUsager(w.a, { nom: "Autre", prenom: "B" });
    await db.foyerMembre.update({ where: { id: child.id }, data: { usagerId: v.id, lien: "ENFANT" } });
    expect(await menage()).toBe("seul");
    expect((await db.usager.findUniqueOrThrow({ where: { id: v.id } })).menage).toBe("monoparental");
  });
});

describe("usagers list: the dashboard's filters", () => {
  it("filters by site, by household type and by a missing quartier", async () => {
    const w = await makeWorld();
    const [site1, site2] = w.a.sites;
    const a = await makeUsager(w.a, { nom: "Alpha", prenom: "A", quartier: "Fives" });
    const b = await makeUsager(w.a, { nom: "Bravo", prenom: "B" });
    await makeUsager(w.a, { nom: "Charlie", prenom: "C", quartier: "Wazemmes" });
    await db.usager.update({ where: { id: a.id }, data: { siteId: site1!.id } });
    await db.usager.update({ where: { id: b.id }, data: { siteId: site2!.id } });
    await db.foyerMembre.create({ data: { usagerId: b.id, nom: "Bravo", prenom: "Conjoint", dateNaissance: new Date("1980-01-01"), lien: "CONJOINT" } });
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    expect(names(await listUsagers(ts, search({ site: site1!.id })))).toEqual(["Alpha"]);
    expect(names(await listUsagers(ts, search({ site: w.b.sites[0]!.id })))).toEqual([]);
    expect(names(await listUsagers(ts, search({ menage: "couple" })))).toEqual(["Bravo"]);
    expect(names(await listUsagers(ts, search({ menage: "seul" })))).toEqual(["Alpha", "Charlie"]);
    expect(names(await listUsagers(ts, search({ quartier: "Non renseigné" })))).toEqual(["Bravo"]);
    // Malformed values switch the filter off instead of failing.
    expect((await listUsagers(ts, search({ site: "pas-un-uuid", menage: "famille", tranche: "jeune" }))).total).toBe(3);
  });

  it("created between two Paris days, both inclusive, whatever the offset (DST)", async () => {
    const w = await makeWorld();
    // 31/03/2026 23:30 Paris (summer time) = 21:30Z; 01/04/2026 00:10 Paris = 31/03 22:10Z.
    await makeUsager(w.a, { nom: "Dernier", prenom: "Jour", createdAt: new Date("2026-03-31T21:30:00Z") });
    await makeUsager(w.a, { nom: "Lendemain", prenom: "Matin", createdAt: new Date("2026-03-31T22:10:00Z") });
    // 01/03/2026 00:10 Paris (winter time) = 28/02 23:10Z.
    await makeUsager(w.a, { nom: "Premier", prenom: "Jour", createdAt: new Date("2026-02-28T23:10:00Z") });
    const r = w.actors.RESPONSABLE;
    expect(names(await listUsagers(r, search({ creeDu: "2026-03-01", creeAu: "2026-03-31" })))).toEqual(["Dernier", "Premier"]);
    expect(names(await listUsagers(r, search({ creeDu: "2026-04-01" })))).toEqual(["Lendemain"]);
  });

  it("active: at least one entretien, by anyone, between two Paris days", async () => {
    const w = await makeWorld();
    const a = await makeUsager(w.a, { nom: "Actif", prenom: "A" });
    const b = await makeUsager(w.a, { nom: "Avant", prenom: "B" });
    const ent = (usagerId: string, date: string) =>
      db.entretien.create({ data: { structureId: w.a.id, usagerId, authorId: w.users.ts2.id, date: new Date(date), dureeMinutes: 30, canal: "BUREAU", resume: "Point" } });
    await ent(a.id, "2026-11-30T22:30:00Z"); // 30/11 23:30 Paris
    await ent(b.id, "2026-10-31T22:59:00Z"); // 31/10 23:59 Paris
    const r = w.actors.RESPONSABLE;
    expect(names(await listUsagers(r, search({ actifDu: "2026-11-01", actifAu: "2026-11-30" })))).toEqual(["Actif"]);
    expect(names(await listUsagers(r, search({ actifDu: "2026-10-01", actifAu: "2026-10-31" })))).toEqual(["Avant"]);
  });

  it("age band on a given day, in whole years, a 29 February birth turning older on 1 March", async () => {
    const w = await makeWorld();
    await makeUsager(w.a, { nom: "Bissextile", prenom: "A", dateNaissance: "2000-02-29" });
    await makeUsager(w.a, { nom: "Veille", prenom: "B", dateNaissance: "2001-02-28" });
    const r = w.actors.RESPONSABLE;
    // On 28/02/2025: born 29/02/2000 is still 24; born 28/02/2001 is 24 that day.
    expect(names(await listUsagers(r, search({ tranche: "moins25", ageAu: "2025-02-28" })))).toEqual(["Bissextile", "Veille"]);
    expect(names(await listUsagers(r, search({ tranche: "25-39", ageAu: "2025-03-01" })))).toEqual(["Bissextile"]);
    expect(names(await listUsagers(r, search({ tranche: "25-39", ageAu: "2026-02-28" })))).toEqual(["Bissextile", "Veille"]);
    // Without a day, the age is today's.
    expect((await listUsagers(r, search({ tranche: "75plus" }))).total).toBe(0);
  });
});
