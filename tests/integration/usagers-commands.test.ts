import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  addReferentAction, createUsagerAction, findDuplicatesAction, removeReferentAction, setUsagerStatusAction, updateUsagerAction,
} from "@/lib/actions/usagers";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { toFormValues, EMPTY_USAGER_FORM } from "@/lib/domain/usagers/form-values";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { CONFLICT_MESSAGE } from "@/lib/domain/usagers/commands";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const form = (patch: Record<string, unknown> = {}) => ({
  ...EMPTY_USAGER_FORM, droitsOuverts: ["RSA"], nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12",
  foyer: [{ prenom: "Léa", nom: "Lefèvre", dateNaissance: "2015-03-01", lien: "ENFANT" }],
  budget: [
    { membre: "", kind: "RESSOURCE", type: "RSA", montant: "635,71" },
    { membre: "0", kind: "RESSOURCE", type: "ALLOCATIONS_FAMILIALES", montant: "150" },
    { membre: "", kind: "CHARGE", type: "LOYER", montant: "420" },
  ],
  ...patch,
});

async function checksum() {
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(
    coalesce((SELECT string_agg(u::text, '' ORDER BY u.id) FROM "Usager" u), '') ||
    coalesce((SELECT string_agg(f::text, '' ORDER BY f.id) FROM "FoyerMembre" f), '') ||
    coalesce((SELECT string_agg(b::text, '' ORDER BY b.id) FROM "LigneBudget" b), '') ||
    coalesce((SELECT string_agg(r::text, '' ORDER BY r."usagerId", r."userId") FROM "UsagerReferent" r), '')) AS s`);
  return rows[0]!.s;
}

describe("creating a dossier", () => {
  it("numbers it per structure and year, makes the creator référent, stores cents, and audits", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const first = await createUsagerAction(form());
    const second = await createUsagerAction(form({ nom: "Dupont", prenom: "Amélie", dateNaissance: "1990-09-03" }));
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    const year = new Date().getUTCFullYear();
    expect(first.data.numeroDossier).toBe(`${year}-000001`);
    expect(second.data.numeroDossier).toBe(`${year}-000002`);
    actAs(w.actors.OTHER_TS);
    const other = await createUsagerAction(form());
    expect(other.ok && other.data.numeroDossier).toBe(`${year}-000001`);

    const dossier = await getUsagerDossier(w.actors.TRAVAILLEUR_SOCIAL, first.data.id);
    expect(dossier).toMatchObject({ searchName: "lefevre francois", droitsOuverts: ["RSA"], structureId: w.a.id });
    expect(dossier!.referents.map((r) => r.userId)).toEqual([w.users.ts.id]);
    expect(dossier!.budget.map((b) => b.montantCents).sort((a, b) => a - b)).toEqual([15_000, 42_000, 63_571]);
    expect(dossier!.budget.find((b) => b.type === "ALLOCATIONS_FAMILIALES")!.membreId).toBe(dossier!.foyer[0]!.id);
    expect(await db.auditLog.count({ where: { action: "usager.create", entityId: first.data.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "usager.read", entityId: first.data.id } })).toBe(1);
  });

  it("gives unique numbers under concurrent creation", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => createUsagerAction(form({ nom: `Personne${i}`, dateNaissance: `1980-01-0${i + 1}` }))));
    const numbers = results.map((r) => (r.ok ? r.data.numeroDossier : "échec"));
    expect(new Set(numbers).size).toBe(8);
  });

  it("shows likely duplicates (same birth date, similar name) and needs a confirmation", async () => {
    const w = await makeWorld();
    await makeUsager(w.a, { nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12" });
    await makeUsager(w.b, { nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const found = await findDuplicatesAction({ nom: "LEFEVRE", prenom: "Francois", dateNaissance: "1978-04-12" });
    expect(found.ok && found.data.map((d) => d.nom)).toEqual(["Lefèvre"]);
    expect((await findDuplicatesAction({ nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-13" })).ok && []).toEqual([]);
    const none = await findDuplicatesAction({ nom: "Martin", prenom: "Paul", dateNaissance: "1978-04-12" });
    expect(none.ok && none.data).toEqual([]);

    const before = await checksum();
    const refused = await createUsagerAction(form({ nom: "Lefevre", prenom: "Francois", foyer: [], budget: [] }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { confirmNotDuplicate: expect.any(String) } });
    expect(await checksum()).toBe(before);
    expect((await createUsagerAction(form({ nom: "Lefevre", prenom: "Francois", foyer: [], budget: [], confirmNotDuplicate: true }))).ok).toBe(true);
  });
});

describe("editing a dossier", () => {
  async function created() {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await createUsagerAction(form());
    if (!r.ok) throw new Error(r.formError);
    const dossier = (await getUsagerDossier(w.actors.TRAVAILLEUR_SOCIAL, r.data.id))!;
    return { w, id: r.data.id, values: toFormValues(dossier) };
  }

  it("saves, bumps the version and shows the change in the timeline", async () => {
    const { w, id, values } = await created();
    const result = await updateUsagerAction({ ...values, telephone: "06 11 22 33 44", logementStatut: "LOCATAIRE_PARC_SOCIAL" });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const timeline = await getUsagerTimeline(w.actors.TS2, id);
    expect(timeline.map((e) => e.title)).toEqual(["Dossier modifié", "Création du dossier"]);
    expect(timeline[0]!.detail).toMatch(/téléphone, logement/);
  });

  it("refuses the second of two concurrent saves and overwrites nothing", async () => {
    const { w, id, values } = await created();
    actAs(w.actors.TS2);
    expect((await updateUsagerAction({ ...values, telephone: "06 11 22 33 44" })).ok).toBe(true);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const second = await updateUsagerAction({ ...values, telephone: "07 99 99 99 99", foyer: [], budget: [] });
    expect(second).toMatchObject({ ok: false, formError: CONFLICT_MESSAGE });
    const stored = await db.usager.findUniqueOrThrow({ where: { id }, include: { foyer: true } });
    expect(stored).toMatchObject({ telephone: "06 11 22 33 44", version: 2 });
    expect(stored.foyer).toHaveLength(1);
  });

  it("answers bad input with field errors and writes nothing", async () => {
    const { values } = await created();
    const before = await checksum();
    for (const [patch, field] of [
      [{ dateNaissance: "2999-01-01" }, "dateNaissance"],
      [{ nom: "" }, "nom"],
      [{ budget: [{ membre: "", kind: "CHARGE", type: "LOYER", montant: "-5" }] }, "budget.0.montant"],
      [{ logementStatut: "PALAIS" }, "logementStatut"],
      [{ bailleur: "x".repeat(10 * 1024 * 1024) }, "bailleur"],
      [{ version: "1; DROP TABLE" }, "version"],
    ] as const) {
      const r = await updateUsagerAction({ ...values, ...patch });
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.fieldErrors[field], field).toBeTruthy();
    }
    expect(await checksum()).toBe(before);
  });
});

describe("permissions on dossiers, per role", () => {
  for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) {
    it(`${role}: 404 on reads, every write refused, nothing changed`, async () => {
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
      const values = toFormValues((await getUsagerDossier(w.actors.RESPONSABLE, usager.id, { audit: false }))!);
      actAs(w.actors[role]);
      const before = await checksum();
      expect(await getUsagerDossier(w.actors[role], usager.id)).toBeNull();
      expect(await getUsagerTimeline(w.actors[role], usager.id)).toEqual([]);
      const results = [
        await updateUsagerAction({ ...values, nom: "Piraté" }),
        await addReferentAction({ usagerId: usager.id, userId: w.actors[role].id }),
        await setUsagerStatusAction({ usagerId: usager.id, status: "ARCHIVE" }),
      ];
      for (const r of results) expect(r).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
      if (role !== "OTHER_TS") expect((await createUsagerAction(form())).ok).toBe(false);
      expect(await checksum()).toBe(before);
    });
  }

  it("TS: reads any dossier of the structure, adds only themself as référent, cannot archive", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect(await getUsagerDossier(w.actors.TRAVAILLEUR_SOCIAL, usager.id)).not.toBeNull();
    expect((await addReferentAction({ usagerId: usager.id, userId: w.users.ts2.id })).ok).toBe(false);
    expect((await addReferentAction({ usagerId: usager.id, userId: w.users.ts.id })).ok).toBe(true);
    expect((await setUsagerStatusAction({ usagerId: usager.id, status: "INACTIF" })).ok).toBe(true);
    expect((await setUsagerStatusAction({ usagerId: usager.id, status: "ARCHIVE" })).ok).toBe(false);
    expect((await removeReferentAction({ usagerId: usager.id, userId: w.users.ts.id })).ok).toBe(true);
  });

  it("RESPONSABLE: assigns any worker of the structure, archives; an archived dossier is read-only", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.RESPONSABLE);
    expect((await addReferentAction({ usagerId: usager.id, userId: w.users.ts2.id })).ok).toBe(true);
    expect(await addReferentAction({ usagerId: usager.id, userId: w.users.agent.id })).toMatchObject({ ok: false, fieldErrors: { userId: expect.any(String) } });
    expect((await addReferentAction({ usagerId: usager.id, userId: w.users.otherTs.id })).ok).toBe(false);
    expect((await setUsagerStatusAction({ usagerId: usager.id, status: "ARCHIVE" })).ok).toBe(true);
    const values = toFormValues((await getUsagerDossier(w.actors.RESPONSABLE, usager.id))!);
    expect(await updateUsagerAction({ ...values, nom: "Autre" })).toMatchObject({ ok: false, formError: expect.stringMatching(/archivé/) });
  });
});
