// Registrations (capacity, waiting list, refusal, double registration, other structure),
// unregistration, attendance after the session, and what the participant's timeline shows.
import { beforeEach, describe, expect, it } from "vitest";
import { desinscrireUsager, enregistrerPresences, inscrireUsager } from "@/lib/domain/ateliers/inscriptions";
import { NotFoundError } from "@/lib/domain/errors";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { makeUsager } from "../helpers/factories";
import { db, resetDb } from "../helpers/db";
import { ateliersChecksum, refusal, ateliersWorld, inscrire, makeAtelier } from "./ateliers-fixtures";

beforeEach(resetDb);

describe("inscrireUsager", () => {
  it("registers, then refuses a full workshop without a waiting list with its capacity", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id, { capacite: 12, listeAttente: false });
    const others = await Promise.all(Array.from({ length: 11 }, (_, i) => makeUsager(w.a, { nom: `Personne${i}`, prenom: "Test" })));
    await Promise.all(others.map((u) => inscrire(atelier, u.id)));
    const row = await inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.amelie.id });
    expect(row.status).toBe("INSCRIT");
    const e = await refusal(() => inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.francois.id }));
    expect(e.message).toBe("L'atelier est complet (12 places).");
    expect(e.fieldErrors.usagerId).toBe("L'atelier est complet (12 places).");
  });

  it("puts a person on the waiting list when full, and promotes them when a place frees", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id, { capacite: 1 });
    const first = await inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.amelie.id });
    const second = await inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.francois.id });
    expect(second.status).toBe("ATTENTE");
    await desinscrireUsager(w.actors.RESPONSABLE, { inscriptionId: first.id });
    expect((await db.atelierInscription.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("DESINSCRIT");
    expect((await db.atelierInscription.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("INSCRIT");
    // Registering again after an unregistration reuses the row.
    const again = await inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.amelie.id });
    expect(again).toEqual({ id: first.id, status: "ATTENTE" });
  });

  it("holds the capacity under concurrent registrations", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id, { capacite: 1, listeAttente: false });
    const results = await Promise.allSettled([w.amelie, w.francois, w.aissatou].map((u) =>
      inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: u.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.atelierInscription.count({ where: { atelierId: atelier.id, status: "INSCRIT" } })).toBe(1);
  });

  it("refuses a double registration, a usager of another structure, an archived dossier, a closed workshop", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id);
    await inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.amelie.id });
    const twice = await refusal(() => inscrireUsager(w.actors.TS2, { atelierId: atelier.id, usagerId: w.amelie.id }));
    expect(twice.fieldErrors.usagerId).toBe("Cette personne est déjà inscrite à cet atelier.");
    const foreign = await refusal(() => inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.foreign.id }));
    expect(foreign.fieldErrors.usagerId).toMatch(/dossier de votre structure/);
    const archived = await makeUsager(w.a, { nom: "Ancien", prenom: "Dossier", status: "ARCHIVE" });
    const arch = await refusal(() => inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: archived.id }));
    expect(arch.fieldErrors.usagerId).toMatch(/archivé/);
    const cancelled = await makeAtelier(w.a, w.users.ts.id, { status: "ANNULE" });
    const closed = await refusal(() => inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: cancelled.id, usagerId: w.francois.id }));
    expect(closed.fieldErrors.usagerId).toMatch(/réalisé ou annulé/);
  });

  it("answers 404 for a workshop of another structure", async () => {
    const w = await ateliersWorld();
    const theirs = await makeAtelier(w.b, w.users.otherTs.id);
    const before = await ateliersChecksum();
    await expect(inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: theirs.id, usagerId: w.amelie.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await ateliersChecksum()).toBe(before);
  });
});

describe("enregistrerPresences", () => {
  it("refuses attendance before the workshop took place, on the attendance field", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id);
    const i = await inscrire(atelier, w.amelie.id);
    const e = await refusal(() => enregistrerPresences(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, presences: [{ inscriptionId: i.id, presence: "PRESENT" }] }));
    expect(e.fieldErrors.presences).toMatch(/n'a pas encore eu lieu/);
  });

  it("records présent / absent / excusé, marks the workshop held, and refuses a non-participant", async () => {
    const w = await ateliersWorld();
    const debut = new Date(Date.now() - 2 * 3_600_000);
    const atelier = await makeAtelier(w.a, w.users.ts.id, { debut });
    const [a, f, n] = await Promise.all([inscrire(atelier, w.amelie.id), inscrire(atelier, w.francois.id), inscrire(atelier, w.aissatou.id, "ATTENTE")]);
    const bad = await refusal(() => enregistrerPresences(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, presences: [{ inscriptionId: n.id, presence: "PRESENT" }] }));
    expect(bad.fieldErrors["presences.0.presence"]).toBe("Cette personne n'est pas inscrite à cet atelier.");
    const { changed } = await enregistrerPresences(w.actors.TRAVAILLEUR_SOCIAL, {
      atelierId: atelier.id, presences: [{ inscriptionId: a.id, presence: "PRESENT" }, { inscriptionId: f.id, presence: "EXCUSE" }],
    });
    expect(changed).toBe(2);
    expect((await db.atelier.findUniqueOrThrow({ where: { id: atelier.id } })).status).toBe("REALISE");
    expect((await db.atelierInscription.findUniqueOrThrow({ where: { id: f.id } })).presence).toBe("EXCUSE");
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((x) => x.action);
    expect(actions).toEqual(["atelier.presence", "atelier.presence", "atelier.status"]);
  });
});

describe("the participant's timeline", () => {
  it("shows the registration and the attendance, only to the structure's social workers", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id, { debut: new Date(Date.now() + 60_000) });
    const i = await inscrireUsager(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, usagerId: w.amelie.id });
    await db.atelier.update({ where: { id: atelier.id }, data: { debut: new Date(Date.now() - 60_000) } });
    await enregistrerPresences(w.actors.TRAVAILLEUR_SOCIAL, { atelierId: atelier.id, presences: [{ inscriptionId: i.id, presence: "PRESENT" }] });
    const events = await getUsagerTimeline(w.actors.RESPONSABLE, w.amelie.id, "atelier");
    expect(events.map((e) => e.title)).toEqual(["Présence à l'atelier : présent·e", "Inscription à un atelier"]);
    expect(events[0]).toMatchObject({ kind: "atelier", href: `/ateliers/${atelier.id}`, by: "Camille Test TRAVAILLEUR_SOCIAL" });
    expect(events[0]!.detail).toMatch(/^Atelier budget · Budget · \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/);
    expect(await getUsagerTimeline(w.actors.OTHER_TS, w.amelie.id)).toEqual([]);
    expect(await getUsagerTimeline(w.actors.AGENT, w.amelie.id)).toEqual([]);
    expect((await getUsagerTimeline(w.actors.TRAVAILLEUR_SOCIAL, w.francois.id, "atelier"))).toEqual([]);
  });
});

describe("right of access", () => {
  it("lists the person's workshops and attendance in the export", async () => {
    const { buildPersonReport, collectPersonData } = await import("@/lib/domain/dossier/person-export");
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id, { debut: new Date(Date.now() - 86_400_000), status: "REALISE" });
    await inscrire(atelier, w.amelie.id, "INSCRIT", "PRESENT");
    const data = await collectPersonData(w.actors.RESPONSABLE, w.amelie.id);
    const section = buildPersonReport(data!).sections.find((s) => s.titre === "Ateliers collectifs")!;
    expect(section.lignes).toHaveLength(1);
    expect(section.lignes[0]![0]).toMatch(/^Atelier budget \(Budget\) le /);
    expect(section.lignes[0]![1]).toBe("Inscrit·e · atelier réalisé · Présent·e");
  });
});
