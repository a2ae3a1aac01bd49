// Ma journée's own reads (issue 18): the quick jump searches as /usagers and only in the actor's
// structure; "dossiers ouverts récemment" reads the actor's own openings, never a colleague's;
// "Saisir l'entretien" on a rendez-vous still planned today links the entretien and marks the
// rendez-vous honoured (audited), while a planned rendez-vous of a later day is left alone.
import { beforeEach, describe, expect, it } from "vitest";
import { searchDossiersToOpen } from "@/lib/domain/journee/quick-jump";
import { listRecentlyOpenedDossiers } from "@/lib/domain/journee/recent";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { getRendezVousForEntretien } from "@/lib/domain/agenda/queries";
import { createEntretien } from "@/lib/domain/entretiens/commands";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

describe("the quick jump (Ctrl+K)", () => {
  it("finds a name typed without accents, by numéro too, in the actor's structure only", async () => {
    const w = await makeWorld();
    // A numéro in the generated format (the factory's is unique but not of that form).
    const lefevre = await db.usager.update({ where: { id: (await makeUsager(w.a, { nom: "Lefèvre", prenom: "François", status: "INACTIF" })).id }, data: { numeroDossier: "2026-004217" } });
    await makeUsager(w.b, { nom: "Lefèvre", prenom: "Paul" });
    const found = await searchDossiersToOpen(w.actors.TRAVAILLEUR_SOCIAL, { q: "lefevre" });
    expect(found).toEqual([{ id: lefevre.id, numeroDossier: lefevre.numeroDossier, label: "LEFÈVRE François", detail: `n° ${lefevre.numeroDossier} · né·e en 1980 · inactif` }]);
    expect((await searchDossiersToOpen(w.actors.RESPONSABLE, { q: "2026004217" })).map((r) => r.id)).toEqual([lefevre.id]);
    expect((await searchDossiersToOpen(w.actors.OTHER_TS, { q: "lefevre" })).map((r) => r.label)).toEqual(["LEFÈVRE Paul"]);
    expect(await searchDossiersToOpen(w.actors.AGENT, { q: "lefevre" })).toEqual([]);
    expect(await searchDossiersToOpen(w.actors.ADMIN, { q: "lefevre" })).toEqual([]);
  });
});

describe("dossiers ouverts récemment", () => {
  it("lists the actor's own openings, latest first, each dossier once", async () => {
    const w = await makeWorld();
    const [u1, u2, u3] = await Promise.all([
      makeUsager(w.a, { nom: "Alpha", prenom: "Un" }), makeUsager(w.a, { nom: "Beta", prenom: "Deux" }), makeUsager(w.a, { nom: "Gamma", prenom: "Trois" }),
    ]);
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    await getUsagerDossier(ts, u1.id);
    await getUsagerDossier(ts, u2.id);
    await getUsagerDossier(ts, u1.id);
    await getUsagerDossier(w.actors.TS2, u3.id);
    expect((await listRecentlyOpenedDossiers(ts)).map((u) => u.nom)).toEqual(["Alpha", "Beta"]);
    expect((await listRecentlyOpenedDossiers(w.actors.TS2)).map((u) => u.nom)).toEqual(["Gamma"]);
    expect(await listRecentlyOpenedDossiers(w.actors.AGENT)).toEqual([]);
    expect(await listRecentlyOpenedDossiers(w.actors.OTHER_TS)).toEqual([]);
  });
});

describe("« Saisir l'entretien » from a rendez-vous of today", () => {
  it("prefills and links a planned rendez-vous of today, which becomes honoured; leaves a later one alone", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Delta", prenom: "Quatre" });
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const now = new Date();
    const rdv = (debut: Date) => db.rendezVous.create({ data: {
      structureId: w.a.id, usagerId: usager.id, travailleurId: ts.id, kind: "BUREAU", debut, fin: new Date(debut.getTime() + 45 * 60_000), createdById: ts.id,
    } });
    const today = await rdv(new Date(now.getTime() - 60_000));
    const later = await rdv(new Date(now.getTime() + 3 * 86_400_000));
    expect(await getRendezVousForEntretien(ts, usager.id, today.id)).toMatchObject({ id: today.id, kind: "BUREAU" });
    expect(await getRendezVousForEntretien(ts, usager.id, later.id)).toBeNull();
    expect(await getRendezVousForEntretien(w.actors.OTHER_TS, usager.id, today.id)).toBeNull();
    const entry = (rendezVousId: string) => createEntretien(ts, {
      usagerId: usager.id, date: dateToParisLocal(now), dureeMinutes: 45, canal: "BUREAU", objets: ["BUDGET"], objetPrecision: null,
      resume: "Point budget.", noteConfidentielle: null, suites: null, rappelLe: "", accompagnementId: "", rendezVousId,
    });
    const e1 = await entry(today.id);
    expect(await db.rendezVous.findUniqueOrThrow({ where: { id: today.id } })).toMatchObject({ entretienId: e1.id, status: "HONORE", version: today.version + 1 });
    expect(await db.auditLog.count({ where: { action: "rendezvous.status", entityId: today.id } })).toBe(1);
    await entry(later.id);
    expect(await db.rendezVous.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ entretienId: null, status: "PREVU" });
  });
});
