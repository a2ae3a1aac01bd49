import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createPartenaireAction, setPartenaireActifAction, updatePartenaireAction } from "@/lib/actions/annuaire";
import { getPartenaire, listPartenaireOptions, searchPartenaires } from "@/lib/domain/annuaire/queries";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const NOT_FOUND = { ok: false, formError: "Élément introuvable ou inaccessible." };
const input = (patch: Record<string, unknown> = {}) => ({
  nom: "Service social de proximité", organisme: "Maison Nord Solidarités de La Madeleine", categorie: "SERVICE_SOCIAL_DEPARTEMENT",
  adresse: "14 rue du Président Pompidou", codePostal: "59110", commune: "Saint-André-lez-Lille", telephone: "03 53 01 10 20",
  email: "ssp@nord.example", horaires: "Du lundi au vendredi", siteWeb: "", notes: "",
  permanences: [{ jour: "MARDI", debut: "09:00", fin: "11:00", lieu: "67 rue du Général Leclerc, Saint-André-lez-Lille", modalites: "sur rendez-vous" }],
  ...patch,
});
const search = { q: "", categorie: "", inactifs: "" } as const;

async function checksum() {
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(coalesce((SELECT string_agg(p::text, '' ORDER BY p.id) FROM "Partenaire" p), '')
    || coalesce((SELECT string_agg(x::text, '' ORDER BY x.id) FROM "PartenairePermanence" x), '')) AS s`);
  return rows[0]!.s;
}

async function created(actor: Parameters<typeof actAs>[0], patch: Record<string, unknown> = {}) {
  actAs(actor);
  const r = await createPartenaireAction(input(patch));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.id;
}

describe("annuaire", () => {
  it("ADMIN and RESPONSABLE create and edit partners with their permanences, audited", async () => {
    const w = await makeWorld();
    for (const role of ["ADMIN", "RESPONSABLE"] as const) {
      const id = await created(w.actors[role], { nom: `PMI ${role}`, categorie: "PMI" });
      const r = await updatePartenaireAction({ ...input({ nom: `PMI ${role} modifiée`, permanences: [
        { jour: "JEUDI", debut: "14:00", fin: "16:30", lieu: "Centre social", modalites: "" },
        { jour: "LUNDI", debut: "09:00", fin: "10:00", lieu: "Mairie", modalites: "sans rendez-vous" },
      ] }), id });
      expect(r.ok, role).toBe(true);
      const p = await getPartenaire(w.actors.AGENT, id);
      expect(p?.nom).toBe(`PMI ${role} modifiée`);
      expect(p?.permanences.map((x) => x.jour)).toEqual(["LUNDI", "JEUDI"]);
      expect(p?.permanences[1]?.modalites).toBeNull();
    }
    expect(await db.auditLog.count({ where: { action: { in: ["partenaire.create", "partenaire.update"] } } })).toBe(4);
  });

  for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL", "OTHER_ADMIN"] as const) {
    it(`${role} cannot create or edit (404, nothing written)`, async () => {
      const w = await makeWorld();
      const id = await created(w.actors.ADMIN);
      actAs(w.actors[role]);
      const before = await checksum();
      if (role !== "OTHER_ADMIN") expect(await createPartenaireAction(input())).toMatchObject(NOT_FOUND);
      expect(await updatePartenaireAction({ ...input({ nom: "Piraté" }), id })).toMatchObject(NOT_FOUND);
      expect(await setPartenaireActifAction({ id, actif: false })).toMatchObject(NOT_FOUND);
      expect(await checksum()).toBe(before);
    });
  }

  it("everyone signed in reads their structure's directory, never another's", async () => {
    const w = await makeWorld();
    const id = await created(w.actors.RESPONSABLE);
    for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN"] as const) {
      expect((await searchPartenaires(w.actors[role], search)).map((p) => p.id), role).toEqual([id]);
      expect((await getPartenaire(w.actors[role], id))?.id, role).toBe(id);
    }
    for (const role of ["OTHER_TS", "OTHER_ADMIN"] as const) {
      expect(await searchPartenaires(w.actors[role], search)).toEqual([]);
      expect(await getPartenaire(w.actors[role], id)).toBeNull();
      expect(await listPartenaireOptions(w.actors[role])).toEqual([]);
    }
    expect(await getPartenaire(w.actors.AGENT, "pas-un-uuid")).toBeNull();
  });

  it("finds partners by typed text with accents and case ignored, and filters by catégorie", async () => {
    const w = await makeWorld();
    const ssp = await created(w.actors.ADMIN);
    const pmi = await created(w.actors.ADMIN, { nom: "PMI de l'Épinette", organisme: "Département du Nord", commune: "Lille", categorie: "PMI" });
    const names = async (q: string, categorie = "") => (await searchPartenaires(w.actors.AGENT, { ...search, q, categorie: categorie as "" })).map((p) => p.id);
    expect(await names("SAINT-ANDRÉ")).toEqual([ssp]);
    expect(await names("st andre")).toEqual([]);
    expect(await names("saint andr")).toEqual([ssp]);
    expect(await names("epinette")).toEqual([pmi]);
    expect(await names("nord")).toHaveLength(2);
    expect(await names("nord", "PMI")).toEqual([pmi]);
    expect(await names("solidarites madeleine")).toEqual([ssp]);
    // Typed wildcards are not patterns: "%" normalises to nothing, i.e. no filter.
    expect(await names("%")).toHaveLength(2);
    expect(await names("zzz")).toEqual([]);
  });

  it("a deactivated partner leaves the directory and the orientation list, editors still see it", async () => {
    const w = await makeWorld();
    const id = await created(w.actors.ADMIN);
    actAs(w.actors.RESPONSABLE);
    expect((await setPartenaireActifAction({ id, actif: false })).ok).toBe(true);
    expect(await searchPartenaires(w.actors.TRAVAILLEUR_SOCIAL, search)).toEqual([]);
    expect(await listPartenaireOptions(w.actors.TRAVAILLEUR_SOCIAL)).toEqual([]);
    expect(await searchPartenaires(w.actors.AGENT, { ...search, inactifs: "1" })).toEqual([]);
    expect((await searchPartenaires(w.actors.RESPONSABLE, { ...search, inactifs: "1" })).map((p) => p.actif)).toEqual([false]);
    expect((await getPartenaire(w.actors.AGENT, id))?.actif).toBe(false);
    expect(await db.auditLog.count({ where: { action: "partenaire.deactivate", entityId: id } })).toBe(1);
  });

  it("answers bad input with French field errors and writes nothing", async () => {
    const w = await makeWorld();
    const id = await created(w.actors.ADMIN);
    actAs(w.actors.ADMIN);
    const before = await checksum();
    const perm = (p: Record<string, unknown>) => ({ permanences: [{ ...input().permanences[0], ...p }] });
    const cases: [Record<string, unknown>, string][] = [
      [{ nom: "" }, "nom"],
      [{ nom: "x".repeat(1024 * 1024) }, "nom"],
      [{ notes: "x".repeat(1024 * 1024) }, "notes"],
      [{ categorie: "INCONNUE" }, "categorie"],
      [{ telephone: "12" }, "telephone"],
      [{ codePostal: "5911" }, "codePostal"],
      [perm({ debut: "9h" }), "permanences.0.debut"],
      [perm({ debut: "11:00", fin: "09:00" }), "permanences.0.fin"],
      [perm({ lieu: "x".repeat(1024 * 1024) }), "permanences.0.lieu"],
    ];
    for (const [patch, field] of cases) {
      for (const r of [await createPartenaireAction(input(patch)), await updatePartenaireAction({ ...input(patch), id })]) {
        expect(r.ok, field).toBe(false);
        if (!r.ok) expect(r.fieldErrors[field], field).toMatch(/[a-zé]/);
      }
    }
    expect(await updatePartenaireAction({ ...input(), id: crypto.randomUUID() })).toMatchObject(NOT_FOUND);
    expect(await checksum()).toBe(before);
  });
});
