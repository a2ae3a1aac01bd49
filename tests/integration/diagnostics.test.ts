import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createDiagnosticAction } from "@/lib/actions/diagnostics";
import { listDiagnostics } from "@/lib/domain/diagnostics/queries";
import { emptyDiagnosticDomaines } from "@/lib/domain/diagnostics/schemas";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const input = (usagerId: string, patch: Record<string, unknown> = {}) => {
  const domaines = emptyDiagnosticDomaines();
  domaines[1] = { domaine: "BUDGET", situation: "Dettes d'énergie", besoins: "Plan d'apurement", priorite: "HAUTE" };
  return { usagerId, date: "2026-11-20", domaines, droitsNonOuverts: ["PRIME_ACTIVITE"], conclusion: "Accompagnement budgétaire proposé.", propositions: ["ACCOMPAGNEMENT"], ...patch };
};

describe("diagnostics", () => {
  it("numbers versions, never replaces the previous one, keeps only filled domains", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await createDiagnosticAction(input(usager.id))).ok).toBe(true);
    actAs(w.actors.TS2);
    expect((await createDiagnosticAction(input(usager.id, { conclusion: "Situation stabilisée." }))).ok).toBe(true);
    const list = await listDiagnostics(w.actors.RESPONSABLE, usager.id);
    expect(list.map((d) => [d.numero, d.conclusion])).toEqual([[2, "Situation stabilisée."], [1, "Accompagnement budgétaire proposé."]]);
    expect(list[0]!.domaines.map((d) => d.domaine)).toEqual(["BUDGET"]);
    expect(await db.auditLog.count({ where: { action: "diagnostic.create" } })).toBe(2);
  });

  it("gives distinct numbers to concurrent diagnostics", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const results = await Promise.all([1, 2, 3, 4].map(() => createDiagnosticAction(input(usager.id))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await listDiagnostics(w.actors.TRAVAILLEUR_SOCIAL, usager.id)).map((d) => d.numero)).toEqual([4, 3, 2, 1]);
  });

  it("refuses an empty diagnostic, bad values and other roles; writes nothing", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const empty = await createDiagnosticAction(input(usager.id, { domaines: emptyDiagnosticDomaines() }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { domaines: expect.stringMatching(/au moins un domaine/) } });
    for (const [patch, field] of [
      [{ date: "2999-01-01" }, "date"], [{ conclusion: "" }, "conclusion"], [{ droitsNonOuverts: ["LOTO"] }, "droitsNonOuverts.0"],
      [{ domaines: emptyDiagnosticDomaines().slice(1) }, "domaines"],
    ] as const) {
      const r = await createDiagnosticAction(input(usager.id, patch));
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.fieldErrors[field], field).toBeTruthy();
    }
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) {
      actAs(w.actors[role]);
      expect(await createDiagnosticAction(input(usager.id))).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
      expect(await listDiagnostics(w.actors[role], usager.id)).toEqual([]);
    }
    expect(await db.diagnostic.count()).toBe(0);
  });
});
