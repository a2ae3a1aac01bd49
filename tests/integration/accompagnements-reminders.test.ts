// The "à faire" data: plan actions coming due for the référent, and accompagnements en cours
// without any entretien for N days. Only the actor's own accompagnements, only their structure.
import { beforeEach, describe, expect, it } from "vitest";
import { accompagnementsWithoutEntretien, planActionsDue } from "@/lib/domain/accompagnements/reminders";
import { db, resetDb } from "../helpers/db";
import { makeUsager } from "../helpers/factories";
import { makeAccompagnement, suiviWorld } from "./accompagnement-fixtures";

beforeEach(resetDb);

const NOW = new Date("2026-11-22T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function addActions(accompagnementId: string, actions: { libelle: string; echeance: string | null; status?: "A_FAIRE" | "EN_COURS" | "FAITE" | "ABANDONNEE" }[]) {
  await db.planObjectif.create({
    data: {
      accompagnementId, libelle: "Objectif", ordre: 0,
      actions: { create: actions.map((a) => ({ libelle: a.libelle, porteur: "La personne", echeance: a.echeance ? day(a.echeance) : null, status: a.status ?? "A_FAIRE" })) },
    },
  });
}

describe("plan actions due", () => {
  it("lists the référent's actions to do, due by the date (overdue included), earliest first", async () => {
    const w = await suiviWorld();
    const mine = await makeAccompagnement(w.usager, w.users.ts.id);
    const closed = await makeAccompagnement(w.usager, w.users.ts.id, { status: "CLOS" });
    const colleague = await makeAccompagnement(w.usager, w.users.ts2.id);
    await addActions(mine.id, [
      { libelle: "En retard", echeance: "2026-11-01" }, { libelle: "Cette semaine", echeance: "2026-11-25", status: "EN_COURS" },
      { libelle: "Plus tard", echeance: "2027-01-15" }, { libelle: "Sans échéance", echeance: null },
      { libelle: "Faite", echeance: "2026-11-10", status: "FAITE" }, { libelle: "Abandonnée", echeance: "2026-11-10", status: "ABANDONNEE" },
    ]);
    await addActions(closed.id, [{ libelle: "Accompagnement clos", echeance: "2026-11-20" }]);
    await addActions(colleague.id, [{ libelle: "D'un collègue", echeance: "2026-11-20" }]);
    const due = await planActionsDue(w.actors.TRAVAILLEUR_SOCIAL, day("2026-11-29"));
    expect(due.map((a) => a.libelle)).toEqual(["En retard", "Cette semaine"]);
    expect(due[0]).toMatchObject({
      objectif: "Objectif", accompagnement: { id: mine.id, type: "INDIVIDUEL" }, usager: { id: w.usager.id, nom: "Lefèvre" },
      href: `/usagers/${w.usager.id}/accompagnements/${mine.id}`,
    });
    expect((await planActionsDue(w.actors.TS2, day("2026-11-29"))).map((a) => a.libelle)).toEqual(["D'un collègue"]);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) expect(await planActionsDue(w.actors[role], day("2030-01-01"))).toEqual([]);
  });
});

describe("accompagnements without entretien", () => {
  it("lists the référent's accompagnements en cours with no entretien with the person for N days", async () => {
    const w = await suiviWorld();
    const other = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    const third = await makeUsager(w.a, { nom: "N'Diaye", prenom: "Aïssatou" });
    const silent = await makeAccompagnement(w.usager, w.users.ts.id, { debut: "2026-03-01" });
    const seenRecently = await makeAccompagnement(other, w.users.ts.id, { debut: "2026-03-01" });
    const justOpened = await makeAccompagnement(third, w.users.ts.id, { debut: "2026-11-01" });
    await makeAccompagnement(w.usager, w.users.ts.id, { debut: "2026-03-01", status: "SUSPENDU" });
    await makeAccompagnement(w.usager, w.users.ts2.id, { debut: "2026-03-01" });
    const entretien = (usagerId: string, date: string) => db.entretien.create({
      data: { structureId: w.a.id, usagerId, authorId: w.users.ts2.id, date: new Date(date), dureeMinutes: 30, canal: "BUREAU", resume: "Point d'étape." },
    });
    await entretien(w.usager.id, "2026-08-10T09:00:00Z");
    await entretien(other.id, "2026-10-30T09:00:00Z");
    const rows = await accompagnementsWithoutEntretien(w.actors.TRAVAILLEUR_SOCIAL, 60, NOW);
    expect(rows.map((r) => r.id)).toEqual([silent.id]);
    expect(rows[0]).toMatchObject({ usager: { id: w.usager.id }, dernierEntretien: new Date("2026-08-10T09:00:00Z"), href: `/usagers/${w.usager.id}/accompagnements/${silent.id}` });
    expect(rows.map((r) => r.id)).not.toContain(seenRecently.id);
    expect(rows.map((r) => r.id)).not.toContain(justOpened.id);
    // With a shorter window, the one seen 23 days ago and the one opened 21 days ago appear too:
    // never met first, then the longest silence.
    expect((await accompagnementsWithoutEntretien(w.actors.TRAVAILLEUR_SOCIAL, 20, NOW)).map((r) => r.id)).toEqual([justOpened.id, silent.id, seenRecently.id]);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) expect(await accompagnementsWithoutEntretien(w.actors[role], 60, NOW)).toEqual([]);
  });
});
