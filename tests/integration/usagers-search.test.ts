import { beforeEach, describe, expect, it } from "vitest";
import { listUsagers } from "@/lib/domain/usagers/list";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

async function world() {
  const w = await makeWorld();
  const people = {
    lefevre: await makeUsager(w.a, { nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12", quartier: "Fives" }),
    dupont: await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie", dateNaissance: "1990-09-03", quartier: "Wazemmes" }),
    ndiaye: await makeUsager(w.a, { nom: "N'Diaye", nomNaissance: "Sarr", prenom: "Aïssatou", dateNaissance: "1985-02-20", quartier: "Moulins" }),
    martin: await makeUsager(w.a, { nom: "Martin", prenom: "Paul", dateNaissance: "1950-01-01", status: "INACTIF" }),
    other: await makeUsager(w.b, { nom: "Lefèvre", prenom: "Gérard", dateNaissance: "1960-06-30" }),
  };
  return { ...w, people };
}
const search = (params: Record<string, string>) => parseUsagerListParams(params);
const names = (page: { rows: { nom: string; prenom: string }[] }) => page.rows.map((r) => `${r.nom} ${r.prenom}`);

describe("usager search", () => {
  it.each([
    ["Lefevre", "Lefèvre François"], // accents
    ["LEFÈVRE", "Lefèvre François"], // case
    ["Francois", "Lefèvre François"],
    ["Dupond", "Dupont Amélie"], // typo
    ["Lefebvre", "Lefèvre François"], // typo
    ["lef", "Lefèvre François"], // prefix while typing
    ["amel dup", "Dupont Amélie"], // several prefixes
    ["Sarr", "N'Diaye Aïssatou"], // nom de naissance
    ["ndiaye", "N'Diaye Aïssatou"],
    ["aissatou n diaye", "N'Diaye Aïssatou"],
  ])("%s finds %s", async (q, expected) => {
    const w = await world();
    const page = await listUsagers(w.actors.TRAVAILLEUR_SOCIAL, search({ q }));
    expect(names(page)[0]).toBe(expected);
  });

  it("finds by numéro de dossier, with or without the dash", async () => {
    const w = await world();
    await db.usager.update({ where: { id: w.people.dupont.id }, data: { numeroDossier: "2026-000123" } });
    for (const q of ["2026-000123", "2026000123", "2026-0001"]) {
      expect(names(await listUsagers(w.actors.TRAVAILLEUR_SOCIAL, search({ q })))).toContain("Dupont Amélie");
    }
  });

  it("never shows another structure's usagers, and nothing to an AGENT or ADMIN", async () => {
    const w = await world();
    expect(names(await listUsagers(w.actors.TRAVAILLEUR_SOCIAL, search({ q: "Lefèvre" })))).toEqual(["Lefèvre François"]);
    expect(names(await listUsagers(w.actors.OTHER_TS, search({ q: "Lefèvre" })))).toEqual(["Lefèvre Gérard"]);
    expect((await listUsagers(w.actors.AGENT, search({}))).total).toBe(0);
    expect((await listUsagers(w.actors.ADMIN, search({}))).total).toBe(0);
  });

  it("does not match unrelated names, and ignores SQL in the term", async () => {
    const w = await world();
    expect((await listUsagers(w.actors.TRAVAILLEUR_SOCIAL, search({ q: "Zyxwv" }))).total).toBe(0);
    expect((await listUsagers(w.actors.TRAVAILLEUR_SOCIAL, search({ q: "' OR 1=1 --" }))).total).toBe(0);
    expect((await listUsagers(w.actors.TRAVAILLEUR_SOCIAL, search({ q: "%" }))).total).toBe(0);
  });
});

describe("usagers table: filters, sort, paging", () => {
  it("shows active dossiers by default, all on request", async () => {
    const w = await world();
    expect((await listUsagers(w.actors.RESPONSABLE, search({}))).total).toBe(3);
    expect((await listUsagers(w.actors.RESPONSABLE, search({ statut: "tous" }))).total).toBe(4);
    expect(names(await listUsagers(w.actors.RESPONSABLE, search({ statut: "INACTIF" })))).toEqual(["Martin Paul"]);
  });

  it("filters by référent (or none), quartier and time without contact", async () => {
    const w = await world();
    await db.usagerReferent.create({ data: { usagerId: w.people.dupont.id, userId: w.users.ts.id } });
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const page = await listUsagers(ts, search({ referent: w.users.ts.id }));
    expect(names(page)).toEqual(["Dupont Amélie"]);
    expect(page.rows[0]!.referents.map((r) => r.id)).toEqual([w.users.ts.id]);
    expect((await listUsagers(ts, search({ referent: "aucun" }))).total).toBe(2);
    expect(names(await listUsagers(ts, search({ quartier: "Moulins" })))).toEqual(["N'Diaye Aïssatou"]);

    const now = new Date("2026-11-22T12:00:00Z");
    await db.usager.update({ where: { id: w.people.lefevre.id }, data: { lastContactAt: new Date("2026-11-01T00:00:00Z") } });
    await db.usager.update({ where: { id: w.people.dupont.id }, data: { lastContactAt: new Date("2026-06-01T00:00:00Z") } });
    await db.usager.update({ where: { id: w.people.ndiaye.id }, data: { lastContactAt: null, createdAt: new Date("2025-01-01T00:00:00Z") } });
    expect(names(await listUsagers(ts, search({ sansContact: "90", tri: "nom" }), now))).toEqual(["Dupont Amélie", "N'Diaye Aïssatou"]);
  });

  it("filters by open accompagnement type and lists the open ones per row", async () => {
    const w = await world();
    const open = (usagerId: string, type: "BUDGETAIRE" | "LOGEMENT", status: "EN_COURS" | "CLOS") =>
      db.accompagnement.create({ data: { structureId: w.a.id, usagerId, type, referentId: w.users.ts.id, debut: new Date("2026-01-05T00:00:00Z"), status } });
    await open(w.people.dupont.id, "BUDGETAIRE", "EN_COURS");
    await open(w.people.lefevre.id, "BUDGETAIRE", "CLOS");
    await open(w.people.lefevre.id, "LOGEMENT", "EN_COURS");
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    expect(names(await listUsagers(ts, search({ accompagnement: "BUDGETAIRE" })))).toEqual(["Dupont Amélie"]);
    expect(names(await listUsagers(ts, search({ accompagnement: "LOGEMENT" })))).toEqual(["Lefèvre François"]);
    const all = await listUsagers(ts, search({ tri: "nom" }));
    expect(all.rows.map((r) => r.accompagnements)).toEqual([["BUDGETAIRE"], ["LOGEMENT"], []]);
    expect(parseUsagerListParams({ accompagnement: "PISCINE" }).accompagnement).toBe("");
  });

  it("sorts on the server and pages", async () => {
    const w = await world();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    expect(names(await listUsagers(ts, search({ tri: "nom" })))).toEqual(["Dupont Amélie", "Lefèvre François", "N'Diaye Aïssatou"]);
    expect(names(await listUsagers(ts, search({ tri: "age", ordre: "asc" })))[0]).toBe("Dupont Amélie");
    expect(names(await listUsagers(ts, search({ tri: "age", ordre: "desc" })))[0]).toBe("Lefèvre François");
    for (let i = 0; i < 30; i++) await makeUsager(w.a, { nom: `Bernard${i}`, prenom: "Test" });
    const p2 = await listUsagers(ts, search({ page: "2", taille: "25", tri: "nom" }));
    expect(p2.total).toBe(33);
    expect(p2.rows.length).toBe(8);
    // A page past the end still knows the total.
    const past = await listUsagers(ts, search({ page: "9", taille: "25", tri: "nom" }));
    expect(past).toMatchObject({ total: 33, rows: [] });
  });

  it("falls back to defaults on malformed URL parameters", () => {
    expect(parseUsagerListParams({ page: "-3", taille: "1000", tri: "password", statut: "x", referent: "'; drop" }))
      .toMatchObject({ page: 1, taille: 25, tri: undefined, statut: "ACTIF", referent: "" });
  });
});
