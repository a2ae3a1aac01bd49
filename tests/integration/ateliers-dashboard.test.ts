// Dashboard figures on a hand-computed fixture (period = March 2026, Paris):
//   A  budget,      réalisé, 10/03, site MDS   : Amélie présent, François absent, Aïssatou excusé
//   B  budget,      réalisé, 17/03, site Fives : Amélie présent, François présent (animated by TS2)
//   C  parentalité, réalisé, 24/03, site MDS   : Aïssatou présent, Amélie unrecorded, François waiting list
//   D  santé,       annulé,  26/03             : Amélie registered
//   E  budget,      planifié, 31/03 23:30 Paris (= 21:30 UTC, still March)
//   F  budget,      réalisé, 01/04 00:30 Paris (= 31/03 22:30 UTC: April, outside the period)
// Structure (RESPONSABLE): held 3, planned 1, cancelled 1; presences 4 (A1 B2 C1), persons 3
// (Amélie, François, Aïssatou); recorded 6 (A3 B2 C1) → rate 4/6; by theme budget 2 sessions 3
// participants, parentalité 1 session 1 participant.
// TS (facilitates A, C, D, E, F): held 2, presences 2, persons 2 (Amélie, Aïssatou), recorded 4 → 2/4.
// Site MDS only (RESPONSABLE): A and C → held 2, presences 2, rate 2/4.
import { beforeEach, describe, expect, it } from "vitest";
import { ateliersDashboardFigures } from "@/lib/domain/ateliers/dashboard";
import { resetDb } from "../helpers/db";
import { ateliersWorld, inscrire, makeAtelier } from "./ateliers-fixtures";

beforeEach(resetDb);

const period = { from: new Date("2026-02-28T23:00:00Z"), to: new Date("2026-03-31T22:00:00Z") };

async function fixture() {
  const w = await ateliersWorld();
  const [mds, fives] = [w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!, w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!];
  const at = (iso: string) => new Date(iso);
  const A = await makeAtelier(w.a, w.users.ts.id, { debut: at("2026-03-10T13:00:00Z"), status: "REALISE", siteId: mds.id });
  const B = await makeAtelier(w.a, w.users.ts2.id, { debut: at("2026-03-17T13:00:00Z"), status: "REALISE", siteId: fives.id });
  const C = await makeAtelier(w.a, w.users.ts.id, { debut: at("2026-03-24T13:00:00Z"), status: "REALISE", siteId: mds.id, theme: "PARENTALITE" });
  const D = await makeAtelier(w.a, w.users.ts.id, { debut: at("2026-03-26T13:00:00Z"), status: "ANNULE", theme: "SANTE" });
  await makeAtelier(w.a, w.users.ts.id, { debut: at("2026-03-31T21:30:00Z") });
  const F = await makeAtelier(w.a, w.users.ts.id, { debut: at("2026-03-31T22:30:00Z"), status: "REALISE" });
  const other = await makeAtelier(w.b, w.users.otherTs.id, { debut: at("2026-03-12T13:00:00Z"), status: "REALISE" });
  await Promise.all([
    inscrire(A, w.amelie.id, "INSCRIT", "PRESENT"), inscrire(A, w.francois.id, "INSCRIT", "ABSENT"), inscrire(A, w.aissatou.id, "INSCRIT", "EXCUSE"),
    inscrire(B, w.amelie.id, "INSCRIT", "PRESENT"), inscrire(B, w.francois.id, "INSCRIT", "PRESENT"),
    inscrire(C, w.aissatou.id, "INSCRIT", "PRESENT"), inscrire(C, w.amelie.id), inscrire(C, w.francois.id, "ATTENTE"),
    inscrire(D, w.amelie.id), inscrire(F, w.amelie.id, "INSCRIT", "PRESENT"), inscrire(other, w.foreign.id, "INSCRIT", "PRESENT"),
  ]);
  return { w, mds };
}

describe("ateliersDashboardFigures", () => {
  it("counts the structure's sessions, participants, attendance rate and themes for a RESPONSABLE", async () => {
    const { w } = await fixture();
    expect(await ateliersDashboardFigures(w.actors.RESPONSABLE, { ...period, siteId: null })).toEqual({
      seancesRealisees: 3, seancesPlanifiees: 1, seancesAnnulees: 1, participations: 4, personnes: 3, tauxPresence: 4 / 6,
      parTheme: [
        { theme: "BUDGET", label: "Budget", seances: 2, participants: 3 },
        { theme: "PARENTALITE", label: "Parentalité", seances: 1, participants: 1 },
      ],
    });
  });

  it("limits a travailleur social to the workshops they facilitate, and filters by site", async () => {
    const { w, mds } = await fixture();
    const ts = await ateliersDashboardFigures(w.actors.TRAVAILLEUR_SOCIAL, { ...period, siteId: null });
    expect(ts).toMatchObject({ seancesRealisees: 2, seancesPlanifiees: 1, seancesAnnulees: 1, participations: 2, personnes: 2, tauxPresence: 0.5 });
    const site = await ateliersDashboardFigures(w.actors.RESPONSABLE, { ...period, siteId: mds.id });
    expect(site).toMatchObject({ seancesRealisees: 2, participations: 2, personnes: 2, tauxPresence: 0.5 });
  });

  it("gives nothing to the AGENT and the ADMIN", async () => {
    const { w } = await fixture();
    for (const actor of [w.actors.AGENT, w.actors.ADMIN]) {
      expect(await ateliersDashboardFigures(actor, { ...period, siteId: null })).toMatchObject({ seancesRealisees: 0, participations: 0, tauxPresence: null, parTheme: [] });
    }
  });
});
