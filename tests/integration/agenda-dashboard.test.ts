// No-show rate on a hand-computed fixture: NON_VENU / (HONORE + NON_VENU + EXCUSE), per site and
// per kind; cancelled and planned rendez-vous do not count; a TS sees their own, a RESPONSABLE all.
import { beforeEach, describe, expect, it } from "vitest";
import { agendaDashboardFigures } from "@/lib/domain/agenda/dashboard";
import { db, resetDb } from "../helpers/db";
import { agendaWorld } from "./agenda-fixtures";

beforeEach(resetDb);

describe("agendaDashboardFigures", () => {
  it("computes the no-show rate per site and per kind", async () => {
    const w = await agendaWorld();
    let n = 0;
    const mk = (travailleurId: string, siteId: string | null, kind: "BUREAU" | "PERMANENCE" | "TELEPHONE", status: "PREVU" | "HONORE" | "EXCUSE" | "NON_VENU" | "ANNULE") => {
      const debut = new Date(Date.UTC(2026, 2, 2, 8 + (n++ % 8), 0));
      debut.setUTCDate(2 + Math.floor(n / 8));
      return db.rendezVous.create({ data: { structureId: w.a.id, usagerId: w.usager.id, travailleurId, siteId, kind, status, debut, fin: new Date(debut.getTime() + 1_800_000) } });
    };
    const ts = w.users.ts.id, ts2 = w.users.ts2.id;
    // Mairie, permanence (ts): 3 honoured, 1 missed, 1 excused, 1 cancelled → 1/5 = 20 %.
    for (const s of ["HONORE", "HONORE", "HONORE", "NON_VENU", "EXCUSE", "ANNULE"] as const) await mk(ts, w.mairie.id, "PERMANENCE", s);
    // Maison des Solidarités, bureau (ts2): 1 honoured, 3 missed, 1 planned → 3/4 = 75 %.
    for (const s of ["HONORE", "NON_VENU", "NON_VENU", "NON_VENU", "PREVU"] as const) await mk(ts2, w.mds.id, "BUREAU", s);
    // Telephone, no site (ts): 1 missed → 100 %.
    await mk(ts, null, "TELEPHONE", "NON_VENU");
    // Outside the period.
    await db.rendezVous.create({ data: { structureId: w.a.id, usagerId: w.usager.id, travailleurId: ts, siteId: w.mairie.id, kind: "PERMANENCE", status: "NON_VENU", debut: new Date("2026-05-01T08:00:00Z"), fin: new Date("2026-05-01T08:30:00Z") } });
    const filter = { from: new Date("2026-02-28T23:00:00Z"), to: new Date("2026-03-31T22:00:00Z"), siteId: null };

    const all = (await agendaDashboardFigures(w.actors.RESPONSABLE, filter))!;
    expect(all.total).toMatchObject({ honores: 4, excuses: 1, nonVenus: 5, taux: 50 });
    expect(all.parSite.map((l) => [l.label, l.taux])).toEqual([
      ["Hors site (domicile, téléphone)", 100], ["Mairie de quartier de Fives", 20], ["Maison des Solidarités", 75],
    ]);
    expect(all.parType.map((l) => [l.key, l.taux])).toEqual([["BUREAU", 75], ["PERMANENCE", 20], ["TELEPHONE", 100]]);

    const mine = (await agendaDashboardFigures(w.actors.TRAVAILLEUR_SOCIAL, filter))!;
    expect(mine.total).toMatchObject({ honores: 3, excuses: 1, nonVenus: 2 });
    expect(mine.total.taux).toBeCloseTo(33.3);

    const site = (await agendaDashboardFigures(w.actors.RESPONSABLE, { ...filter, siteId: w.mds.id }))!;
    expect(site.total.taux).toBe(75);

    expect(await agendaDashboardFigures(w.actors.AGENT, filter)).toBeNull();
    expect(await agendaDashboardFigures(w.actors.ADMIN, filter)).toBeNull();
    expect((await agendaDashboardFigures(w.actors.OTHER_TS, filter))!.total.taux).toBeNull();
  });
});
