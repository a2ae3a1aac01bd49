// People without papers (issue 18): a dossier whose date of birth is unknown or known by its
// year only is created, shown and found again by the duplicate check; the age band says so.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createUsagerAction, findDuplicatesAction } from "@/lib/actions/usagers";
import { EMPTY_USAGER_FORM } from "@/lib/domain/usagers/form-values";
import { listUsagers } from "@/lib/domain/usagers/list";
import { findLikelyDuplicatesMany } from "@/lib/domain/usagers/duplicates";
import { importTargetScopeSql } from "@/lib/auth/scopes/import";
import { ZUsagerListParams } from "@/lib/domain/usagers/list-params";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const form = (patch: Record<string, unknown> = {}) => ({ ...EMPTY_USAGER_FORM, nom: "Traoré", prenom: "Moussa", ...patch });

describe("a date of birth unknown or approximate", () => {
  it("creates the dossier without a date, or with the year only, and refuses a year out of range", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const unknown = await createUsagerAction(form({ dateNaissancePrecision: "INCONNUE" }));
    if (!unknown.ok) throw new Error(JSON.stringify(unknown));
    const year = await createUsagerAction(form({ nom: "Keita", prenom: "Awa", dateNaissancePrecision: "ANNEE", anneeNaissance: "1984" }));
    if (!year.ok) throw new Error(JSON.stringify(year));
    const rows = await db.usager.findMany({ orderBy: { nom: "asc" }, select: { nom: true, dateNaissance: true, dateNaissancePrecision: true } });
    expect(rows).toEqual([
      { nom: "Keita", dateNaissance: new Date("1984-01-01T00:00:00Z"), dateNaissancePrecision: "ANNEE" },
      { nom: "Traoré", dateNaissance: null, dateNaissancePrecision: "INCONNUE" },
    ]);
    const bad = await createUsagerAction(form({ nom: "Diallo", dateNaissancePrecision: "ANNEE", anneeNaissance: "3000" }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors.anneeNaissance).toMatch(/entre 1900/);
    const missing = await createUsagerAction(form({ nom: "Diallo", dateNaissancePrecision: "EXACTE", dateNaissance: "" }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.fieldErrors.dateNaissance).toBe("Saisissez la date de naissance.");
  });

  it("finds duplicates by year, by exact date against a year-only dossier, and by name alone when nothing is known", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const a = await createUsagerAction(form({ dateNaissancePrecision: "INCONNUE" }));
    const b = await createUsagerAction(form({ nom: "Keita", prenom: "Awa", dateNaissancePrecision: "ANNEE", anneeNaissance: "1984" }));
    if (!a.ok || !b.ok) throw new Error("setup");
    const names = async (q: { nom: string; prenom: string; dateNaissance: string }) => {
      const r = await findDuplicatesAction(q);
      return r.ok ? r.data.map((d) => d.nom).sort() : [];
    };
    expect(await names({ nom: "Keita", prenom: "Awa", dateNaissance: "1984-06-02" })).toEqual(["Keita"]);
    expect(await names({ nom: "Keita", prenom: "Awa", dateNaissance: "1984" })).toEqual(["Keita"]);
    expect(await names({ nom: "Keita", prenom: "Awa", dateNaissance: "1990-06-02" })).toEqual([]);
    expect(await names({ nom: "Traore", prenom: "Moussa", dateNaissance: "" })).toEqual(["Traoré"]);
    expect(await names({ nom: "Traore", prenom: "Moussa", dateNaissance: "1971-02-03" })).toEqual(["Traoré"]);
    // The import's preview asks the same rule for many people in one query: same answers.
    const people = [
      { nom: "Keita", prenom: "Awa", dateNaissance: "1984-06-02" }, { nom: "Keita", prenom: "Awa", dateNaissance: "1984" },
      { nom: "Keita", prenom: "Awa", dateNaissance: "1990-06-02" }, { nom: "Traore", prenom: "Moussa", dateNaissance: "" },
      { nom: "Traore", prenom: "Moussa", dateNaissance: "1971-02-03" }, { nom: "Keita", prenom: "Awa", dateNaissance: "" },
    ].map((p, key) => ({ key, ...p }));
    const many = await findLikelyDuplicatesMany(importTargetScopeSql(w.actors.RESPONSABLE, "u"), people);
    for (const p of people) expect([many.get(p.key)?.id ?? null, p]).toEqual([(await names(p)).length ? (p.nom === "Keita" ? b.data.id : a.data.id) : null, p]);
    // Creating a second "Traoré Moussa" without a date is refused until confirmed.
    const again = await createUsagerAction(form({ dateNaissancePrecision: "INCONNUE" }));
    expect(again.ok).toBe(false);
  });

  it("puts a dossier without a date in the « Âge inconnu » band, and lists it", async () => {
    const w = await makeWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const a = await createUsagerAction(form({ dateNaissancePrecision: "INCONNUE" }));
    if (!a.ok) throw new Error("setup");
    const page = await listUsagers(w.actors.TRAVAILLEUR_SOCIAL, ZUsagerListParams.parse({ tranche: "inconnu" }));
    expect(page.rows.map((r) => r.nom)).toEqual(["Traoré"]);
    expect(page.rows[0]!.dateNaissance).toBeNull();
  });
});
