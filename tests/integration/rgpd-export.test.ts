import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createEntretienAction } from "@/lib/actions/entretiens";
import { exportPersonData } from "@/lib/domain/dossier/person-export";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import type { PersonReport } from "@/lib/domain/shared/dossier-part";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

async function world() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
  actAs(w.actors.TRAVAILLEUR_SOCIAL);
  await createEntretienAction({
    usagerId: usager.id, date: dateToParisLocal(new Date(Date.now() - 3600_000)), dureeMinutes: "30", canal: "TELEPHONE",
    objets: ["BUDGET"], objetPrecision: "", resume: "Point budget.", noteConfidentielle: "Note réservée à l'autrice", suites: "", rappelLe: "", accompagnementId: "",
  });
  await getUsagerDossier(w.actors.TS2, usager.id);
  return { ...w, usager };
}

describe("right of access export", () => {
  it("gives a RESPONSABLE everything held, confidential notes marked, and who accessed the file; the export is logged", async () => {
    const w = await world();
    const result = await exportPersonData(w.actors.RESPONSABLE, w.usager.id, "json");
    const report = JSON.parse(result!.body.toString("utf8")) as PersonReport;
    const text = JSON.stringify(report);
    expect(report.titre).toBe("Données détenues sur Amélie Dupont");
    expect(text).toContain("NOTE CONFIDENTIELLE de Camille Test TRAVAILLEUR_SOCIAL");
    expect(text).toContain("Note réservée à l'autrice");
    const accesses = report.sections.find((s) => s.titre === "Accès et modifications du dossier")!;
    expect(accesses.lignes.some(([, v]) => v.startsWith("Ouverture du dossier par Camille Test TRAVAILLEUR_SOCIAL"))).toBe(true);
    expect(await db.auditLog.count({ where: { action: "usager.export", entityId: w.usager.id } })).toBe(1);
  });

  it("renders a real PDF", async () => {
    const w = await world();
    const pdf = (await exportPersonData(w.actors.RESPONSABLE, w.usager.id, "pdf"))!.body;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
  });

  for (const role of ["TRAVAILLEUR_SOCIAL", "AGENT", "ADMIN", "OTHER_TS"] as const) {
    it(`refuses ${role} (404), logs nothing`, async () => {
      const w = await world();
      expect(await exportPersonData(w.actors[role], w.usager.id, "json")).toBeNull();
      expect(await db.auditLog.count({ where: { action: "usager.export" } })).toBe(0);
    });
  }
});
