// The monthly summary tables behind the dashboard are kept by triggers on Entretien: inserts,
// moves (date, author, channel, dossier) and deletes (a dossier's deletion cascades) keep them
// equal to a count over Entretien itself, and a period cut inside months gives the same figures
// as whole months.
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDb } from "../helpers/db";
import { filterOf } from "@/lib/domain/dashboard/period";
import { getDashboardFigures } from "@/lib/domain/dashboard/figures";
import { buildDashboardWorld, NOW } from "./dashboard-fixture";

let world: Awaited<ReturnType<typeof buildDashboardWorld>>;
beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
});

/** The summaries recomputed from Entretien, compared with what the triggers kept. */
async function expectSummariesInSync() {
  const kept = await db.$queryRaw<{ k: string }[]>`
    SELECT "structureId" || ' ' || mois || ' ' || "authorId" || ' ' || canal || ' ' || n AS k FROM "DashboardEntretienMois" ORDER BY 1`;
  const truth = await db.$queryRaw<{ k: string }[]>`
    SELECT "structureId" || ' ' || mois || ' ' || "authorId" || ' ' || canal || ' ' || count(*) AS k FROM (
      SELECT "structureId", date_trunc('month', (date AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date AS mois, "authorId", canal FROM "Entretien") e
    GROUP BY "structureId", mois, "authorId", canal ORDER BY 1`;
  expect(kept).toEqual(truth);
  const active = await db.$queryRaw<{ k: string }[]>`SELECT "structureId" || ' ' || mois || ' ' || "usagerId" AS k FROM "DashboardActiviteMois" ORDER BY 1`;
  const activeTruth = await db.$queryRaw<{ k: string }[]>`
    SELECT DISTINCT "structureId" || ' ' || date_trunc('month', (date AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date || ' ' || "usagerId" AS k FROM "Entretien" ORDER BY 1`;
  expect(active).toEqual(activeTruth);
  const yearly = await db.$queryRaw<{ k: string }[]>`SELECT "structureId" || ' ' || annee || ' ' || "usagerId" AS k FROM "DashboardActiviteAn" ORDER BY 1`;
  const yearlyTruth = await db.$queryRaw<{ k: string }[]>`
    SELECT DISTINCT "structureId" || ' ' || date_part('year', (date AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::int || ' ' || "usagerId" AS k FROM "Entretien" ORDER BY 1`;
  expect(yearly).toEqual(yearlyTruth);
  return kept.length;
}

describe("summary tables kept by triggers", () => {
  it("follow inserts, updates and deletes, including the Paris month of a late-evening entretien", async () => {
    expect(await expectSummariesInSync()).toBeGreaterThan(0);
    // 31/10 23:30 UTC belongs to November in Paris.
    const nov = await db.$queryRaw<{ n: number }[]>`SELECT n FROM "DashboardEntretienMois" WHERE mois = '2026-11-01' AND "authorId" = ${world.w.users.ts2.id}::uuid AND canal = 'TELEPHONE'`;
    expect(nov).toEqual([{ n: 1 }]);
    await db.entretien.updateMany({ where: { authorId: world.w.users.ts.id, canal: "BUREAU" }, data: { canal: "VISIO" } });
    await db.entretien.updateMany({ where: { usagerId: world.u.u2.id }, data: { date: new Date("2026-09-01T10:00:00Z") } });
    await expectSummariesInSync();
    await db.entretien.deleteMany({ where: { usagerId: world.u.u1.id, canal: "VISIO" } });
    await expectSummariesInSync();
    // Deleting a dossier cascades to its entretiens.
    await db.usager.delete({ where: { id: world.u.u5.id } });
    await expectSummariesInSync();
    await db.entretien.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        structureId: world.w.a.id, usagerId: world.u.u3.id, authorId: world.w.users.ts2.id, date: new Date(Date.UTC(2026, 5, 1 + i, 8)),
        dureeMinutes: 20, canal: "TELEPHONE" as const, resume: "Appel",
      })),
    });
    await expectSummariesInSync();
  });

  it("a period cut inside months gives the figures of a count over Entretien", async () => {
    // 31/10 → 03/11: no whole month, every entretien read directly.
    const edge = (await getDashboardFigures(world.w.actors.RESPONSABLE, filterOf({ du: "2026-10-31", au: "2026-11-03", site: "" }), NOW))!.figures;
    const ts = edge.caseload.find((r) => r.userId === world.w.users.ts.id)!;
    const ts2 = edge.caseload.find((r) => r.userId === world.w.users.ts2.id)!;
    expect([ts.entretiensTotal, ts.entretiens.BUREAU]).toEqual([1, 1]);
    expect([ts2.entretiensTotal, ts2.entretiens.TELEPHONE]).toEqual([1, 1]);
    expect(edge.usagers.actifs).toBe(2);
    // 15/09 → 13/11: whole October from the summary, edges raw (U3's entretien of 20/10 is in October).
    const mixed = (await getDashboardFigures(world.w.actors.RESPONSABLE, filterOf({ du: "2026-09-15", au: "2026-11-13", site: "" }), NOW))!.figures;
    const tsMixed = mixed.caseload.find((r) => r.userId === world.w.users.ts.id)!;
    // October: U3 bureau; November 1–13: U1 bureau ×2, U2 téléphone, but not the visite of 14/11.
    expect(tsMixed.entretiens).toMatchObject({ BUREAU: 3, TELEPHONE: 1, VISITE_A_DOMICILE: 0 });
    // Active: U3 (October), U1, U2 (November), U5 (1 and 4 November).
    expect(mixed.usagers.actifs).toBe(4);
    // A whole year plus months and days: 15/12/2025 → 28/02/2027.
    const long = (await getDashboardFigures(world.w.actors.RESPONSABLE, filterOf({ du: "2025-12-15", au: "2027-02-28", site: "" }), NOW))!.figures;
    expect(long.caseload.find((r) => r.userId === world.w.users.ts.id)!.entretiensTotal).toBe(5);
    expect(long.usagers.actifs).toBe(4);
  });
});
