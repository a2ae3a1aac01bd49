import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createEntretienAction, markRappelFaitAction } from "@/lib/actions/entretiens";
import { listDueRappels, listEntretiens } from "@/lib/domain/entretiens/queries";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { dateToParisLocal, parisToday } from "@/lib/domain/shared/paris-time";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const SECRET = "Confidentiel : violences conjugales évoquées, ne pas transmettre";
const input = (usagerId: string, patch: Record<string, unknown> = {}) => ({
  usagerId, date: dateToParisLocal(new Date(Date.now() - 3600_000)), dureeMinutes: "45", canal: "VISITE_A_DOMICILE",
  objets: ["BUDGET", "LOGEMENT"], objetPrecision: "", resume: "Point sur les impayés de loyer.", noteConfidentielle: SECRET,
  suites: "Rappeler le bailleur.", rappelLe: parisToday(), accompagnementId: "", ...patch,
});

async function checksum() {
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(coalesce((SELECT string_agg(e::text, '' ORDER BY e.id) FROM "Entretien" e), '')
    || coalesce((SELECT string_agg(u::text, '' ORDER BY u.id) FROM "Usager" u), '')) AS s`);
  return rows[0]!.s;
}

describe("entretiens", () => {
  it("any TS or RESPONSABLE of the structure logs one; it is a contact and is audited without its content", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    for (const role of ["TRAVAILLEUR_SOCIAL", "TS2", "RESPONSABLE"] as const) {
      actAs(w.actors[role]);
      expect((await createEntretienAction(input(usager.id))).ok, role).toBe(true);
    }
    const stored = await db.usager.findUniqueOrThrow({ where: { id: usager.id } });
    expect(stored.lastContactAt).not.toBeNull();
    const audits = await db.auditLog.findMany({ where: { action: "entretien.create" } });
    expect(audits).toHaveLength(3);
    expect(JSON.stringify(audits.map((a) => a.details))).not.toContain("violences");
  });

  it("a confidential note is readable by its author only, not even by a RESPONSABLE, and never in the history", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const created = await createEntretienAction(input(usager.id));
    expect(created.ok).toBe(true);
    expect(JSON.stringify(created)).not.toContain(SECRET);

    const forAuthor = await listEntretiens(w.actors.TRAVAILLEUR_SOCIAL, usager.id);
    expect(forAuthor[0]!.noteConfidentielle).toBe(SECRET);
    for (const role of ["TS2", "RESPONSABLE"] as const) {
      const rows = await listEntretiens(w.actors[role], usager.id);
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(SECRET);
      expect(JSON.stringify(await getUsagerTimeline(w.actors[role], usager.id))).not.toContain(SECRET);
    }
    expect(JSON.stringify(await getUsagerTimeline(w.actors.TRAVAILLEUR_SOCIAL, usager.id))).not.toContain(SECRET);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) expect(await listEntretiens(w.actors[role], usager.id)).toEqual([]);
  });

  for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) {
    it(`${role} cannot log an entretien (404, nothing written)`, async () => {
      const w = await makeWorld();
      const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
      actAs(w.actors[role]);
      const before = await checksum();
      expect(await createEntretienAction(input(usager.id))).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
      expect(await checksum()).toBe(before);
    });
  }

  it("answers bad input with French field errors and writes nothing", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    const other = await makeUsager(w.b, { nom: "Autre", prenom: "Personne" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const before = await checksum();
    const cases: [Record<string, unknown>, string][] = [
      [{ date: dateToParisLocal(new Date(Date.now() + 86_400_000)) }, "date"],
      [{ date: "2026-02-30T10:00" }, "date"],
      [{ dureeMinutes: "0" }, "dureeMinutes"],
      [{ dureeMinutes: "601" }, "dureeMinutes"],
      [{ canal: "PIGEON" }, "canal"],
      [{ objets: [] }, "objets"],
      [{ resume: "" }, "resume"],
      [{ resume: "x".repeat(1024 * 1024) }, "resume"],
      [{ rappelLe: "2000-01-01" }, "rappelLe"],
      [{ rappelLe: "2999-01-01" }, "rappelLe"],
      [{ accompagnementId: "pas-un-id" }, "accompagnementId"],
      [{ accompagnementId: crypto.randomUUID() }, "accompagnementId"],
    ];
    for (const [patch, field] of cases) {
      const r = await createEntretienAction(input(usager.id, patch));
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.fieldErrors[field], field).toBeTruthy();
    }
    expect(await createEntretienAction(input(other.id))).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
    expect(await checksum()).toBe(before);
  });

  it("reminders belong to their author", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await createEntretienAction(input(usager.id));
    const until = new Date(Date.now() + 86_400_000);
    const [rappel] = await listDueRappels(w.actors.TRAVAILLEUR_SOCIAL, until);
    expect(rappel?.usager.nom).toBe("Dupont");
    expect(await listDueRappels(w.actors.TS2, until)).toEqual([]);
    actAs(w.actors.TS2);
    expect((await markRappelFaitAction({ entretienId: rappel!.id })).ok).toBe(false);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await markRappelFaitAction({ entretienId: rappel!.id })).ok).toBe(true);
    expect(await listDueRappels(w.actors.TRAVAILLEUR_SOCIAL, until)).toEqual([]);
  });
});
