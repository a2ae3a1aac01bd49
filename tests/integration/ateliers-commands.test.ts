// Creating, editing and closing a workshop through the domain commands: the rules, the French
// messages on the right field, nothing written on a refusal, one audit row per write.
import { beforeEach, describe, expect, it } from "vitest";
import { changeAtelierStatus, createAtelier, updateAtelier } from "@/lib/domain/ateliers/commands";
import { ZAtelierCreate, ZAtelierUpdate } from "@/lib/domain/ateliers/schemas";
import { db, resetDb } from "../helpers/db";
import { refusal, ateliersWorld, inscrire, makeAtelier, parisInDays, validCreate } from "./ateliers-fixtures";

beforeEach(resetDb);

describe("createAtelier", () => {
  it("stores the Paris start as UTC, with its audit row", async () => {
    const w = await ateliersWorld();
    const input = ZAtelierCreate.parse(validCreate(w, { debut: "2030-04-02T14:00", partenaireId: "" }));
    const { id } = await createAtelier(w.actors.TRAVAILLEUR_SOCIAL, input, new Date("2030-01-01T00:00:00Z"));
    const row = await db.atelier.findUniqueOrThrow({ where: { id } });
    // 2 April 2030 is after the spring DST change (31 March): Paris is UTC+2.
    expect(row.debut.toISOString()).toBe("2030-04-02T12:00:00.000Z");
    expect(row).toMatchObject({ structureId: w.a.id, capacite: 12, dureeMinutes: 120, status: "PLANIFIE", adresse: null });
    const audit = await db.auditLog.findMany({ where: { entityType: "Atelier", entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(["atelier.create"]);
  });

  it("refuses a workshop in the past, on the date field", async () => {
    const w = await ateliersWorld();
    const input = ZAtelierCreate.parse(validCreate(w, { debut: "2026-01-05T10:00" }));
    const e = await refusal(() => createAtelier(w.actors.TRAVAILLEUR_SOCIAL, input, new Date("2026-02-01T00:00:00Z")));
    expect(e.fieldErrors.debut).toMatch(/date de l'atelier est passée/);
  });

  it("refuses a facilitator, a site or a partner of another structure", async () => {
    const w = await ateliersWorld();
    const foreignPartner = await db.partenaire.create({ data: { structureId: w.b.id, nom: "Mission locale", categorie: "AUTRE", searchText: "mission locale" } });
    const cases: [Record<string, unknown>, string][] = [
      [{ animateurId: w.users.otherTs.id }, "animateurId"],
      [{ animateurId: w.users.agent.id }, "animateurId"],
      [{ siteId: w.b.sites[0]!.id }, "siteId"],
      [{ partenaireId: foreignPartner.id }, "partenaireId"],
    ];
    for (const [patch, field] of cases) {
      const e = await refusal(() => createAtelier(w.actors.TRAVAILLEUR_SOCIAL, ZAtelierCreate.parse(validCreate(w, patch))));
      expect(Object.keys(e.fieldErrors), field).toEqual([field]);
    }
  });

  it("keeps a free-text address when no site is chosen", async () => {
    const w = await ateliersWorld();
    const input = ZAtelierCreate.parse(validCreate(w, { siteId: "", adresse: "Salle des fêtes, 12 rue Pierre Legrand" }));
    const { id } = await createAtelier(w.actors.RESPONSABLE, input);
    expect(await db.atelier.findUniqueOrThrow({ where: { id } })).toMatchObject({ siteId: null, adresse: "Salle des fêtes, 12 rue Pierre Legrand" });
  });
});

describe("updateAtelier", () => {
  const edit = async (w: Awaited<ReturnType<typeof ateliersWorld>>, atelier: { id: string }, patch: Record<string, unknown>) => {
    const row = await db.atelier.findUniqueOrThrow({ where: { id: atelier.id } });
    return ZAtelierUpdate.parse({ ...validCreate(w), debut: parisInDays(7), id: row.id, updatedAt: row.updatedAt.toISOString(), ...patch });
  };

  it("refuses a capacity below the registered count, on the capacity field", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id, { capacite: 3 });
    await Promise.all([inscrire(atelier, w.amelie.id), inscrire(atelier, w.francois.id)]);
    const input = await edit(w, atelier, { capacite: "1" });
    const e = await refusal(() => updateAtelier(w.actors.TRAVAILLEUR_SOCIAL, input));
    expect(e.fieldErrors.capacite).toBe("La capacité ne peut pas être inférieure au nombre de personnes déjà inscrites (2).");
  });

  it("a larger capacity gives the free places to the waiting list, in order", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id, { capacite: 1 });
    await inscrire(atelier, w.amelie.id);
    const first = await inscrire(atelier, w.francois.id, "ATTENTE");
    await new Promise((r) => setTimeout(r, 5));
    const second = await inscrire(atelier, w.aissatou.id, "ATTENTE");
    await db.atelierInscription.update({ where: { id: second.id }, data: { inscritLe: new Date(first.inscritLe.getTime() + 1000) } });
    await updateAtelier(w.actors.TRAVAILLEUR_SOCIAL, await edit(w, atelier, { capacite: "2" }));
    expect((await db.atelierInscription.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("INSCRIT");
    expect((await db.atelierInscription.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("ATTENTE");
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["atelier.update", "atelier.attente_promue"]);
  });

  it("refuses a stale version, and an edit of a held workshop", async () => {
    const w = await ateliersWorld();
    const atelier = await makeAtelier(w.a, w.users.ts.id);
    const input = await edit(w, atelier, { titre: "Nouveau titre" });
    await updateAtelier(w.actors.TRAVAILLEUR_SOCIAL, input);
    const stale = await refusal(() => updateAtelier(w.actors.TRAVAILLEUR_SOCIAL, { ...input, titre: "Autre" }));
    expect(stale.message).toMatch(/modifié par quelqu'un d'autre/);
    const held = await makeAtelier(w.a, w.users.ts.id, { status: "REALISE", debut: new Date(Date.now() - 86_400_000) });
    const e = await refusal(async () => updateAtelier(w.actors.TRAVAILLEUR_SOCIAL, await edit(w, held, {})));
    expect(e.message).toBe("Un atelier réalisé ou annulé ne peut plus être modifié.");
  });
});

describe("changeAtelierStatus", () => {
  it("marks held only once started; cancels a planned one; then the status is final", async () => {
    const w = await ateliersWorld();
    const future = await makeAtelier(w.a, w.users.ts.id);
    const v = (row: { updatedAt: Date }) => row.updatedAt.toISOString();
    const e = await refusal(() => changeAtelierStatus(w.actors.TRAVAILLEUR_SOCIAL, { id: future.id, updatedAt: v(future), to: "REALISE" }));
    expect(e.fieldErrors.to).toBe("L'atelier n'a pas encore eu lieu.");
    await changeAtelierStatus(w.actors.TRAVAILLEUR_SOCIAL, { id: future.id, updatedAt: v(future), to: "ANNULE" });
    const cancelled = await db.atelier.findUniqueOrThrow({ where: { id: future.id } });
    expect(cancelled.status).toBe("ANNULE");
    await refusal(() => changeAtelierStatus(w.actors.TRAVAILLEUR_SOCIAL, { id: future.id, updatedAt: v(cancelled), to: "REALISE" }));
    const past = await makeAtelier(w.a, w.users.ts.id, { debut: new Date(Date.now() - 3_600_000) });
    await changeAtelierStatus(w.actors.RESPONSABLE, { id: past.id, updatedAt: v(past), to: "REALISE" });
    expect((await db.atelier.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("REALISE");
  });
});
