// Who may do what with letters: generating and sending them, TS and RESPONSABLE of the structure
// on records they may read; templates and letterhead, the RESPONSABLE; AGENT and ADMIN never;
// another structure's record is a 404 (the same answer as a missing one). Nothing written on refusal.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { generateCourrierAction, removeLogoAction, saveLetterheadAction } from "@/lib/actions/courriers";
import { getCourrierCard } from "@/lib/domain/courriers/queries";
import { listTemplates } from "@/lib/domain/courriers/template-queries";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { changedTables, tableChecksums } from "../permission-matrix/db-checksum";
import { makeAccompagnement } from "./accompagnement-fixtures";
import { courriersWorld, LETTERHEAD, temporaryStorage, type CourriersWorld } from "./courriers-fixtures";

const NOT_FOUND = "Élément introuvable ou inaccessible.";
let tmp: Awaited<ReturnType<typeof temporaryStorage>>;
let w: CourriersWorld;
beforeAll(async () => {
  tmp = await temporaryStorage();
});
afterAll(async () => {
  actAs(null);
  await tmp.close();
});
beforeEach(async () => {
  await resetDb();
  w = await courriersWorld();
});

describe("courriers permissions", () => {
  it("generation: TS and RESPONSABLE of the structure; AGENT, ADMIN and another structure get a 404 and nothing is written", async () => {
    const payload = { source: "AIDE", sourceId: w.aides.refusee.id, modele: "aide-refus" };
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) {
      const before = await tableChecksums();
      actAs(w.actors[role]);
      const r = await generateCourrierAction(payload);
      expect(r.ok ? "" : r.formError, role).toBe(NOT_FOUND);
      expect(changedTables(before, await tableChecksums()), role).toEqual([]);
      expect(await getCourrierCard(w.actors[role], "AIDE", w.aides.refusee.id), role).toBeNull();
    }
    expect(await tmp.files()).toBe(0);
    for (const role of ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"] as const) {
      actAs(w.actors[role]);
      expect((await generateCourrierAction(payload)).ok, role).toBe(true);
    }
    expect(await db.courrier.count()).toBe(2);
  });

  it("a record of another structure is a 404 for every source", async () => {
    const foreignAcc = await makeAccompagnement(w.foreign, w.users.otherTs.id, { type: "BUDGETAIRE" });
    const foreignDette = await db.dette.create({ data: { accompagnementId: foreignAcc.id, creancier: "Voisin", montantCents: 100, mensualiteCents: 10 } });
    const foreignAide = await db.aide.create({ data: { structureId: w.b.id, usagerId: w.foreign.id, instructeurId: w.users.otherTs.id, type: "AUTRE", montantDemandeCents: 100, demandeLe: new Date(), status: "REFUSEE", motifRefus: "x" } });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    for (const [source, sourceId, modele] of [
      ["DOSSIER", w.foreign.id, "attestation-suivi"], ["AIDE", foreignAide.id, "aide-refus"], ["DETTE", foreignDette.id, "creancier"],
      // An id of one kind given as another: not found either.
      ["RENDEZ_VOUS", w.aides.refusee.id, "convocation"],
    ] as const) {
      const r = await generateCourrierAction({ source, sourceId, modele, accordPersonne: true });
      expect(r.ok ? "" : r.formError, source).toBe(NOT_FOUND);
    }
    expect(await db.courrier.count()).toBe(0);
  });

  it("letterhead and templates: the RESPONSABLE only", async () => {
    for (const role of ["TRAVAILLEUR_SOCIAL", "AGENT", "ADMIN", "OTHER_TS"] as const) {
      actAs(w.actors[role]);
      expect((await saveLetterheadAction({ ...LETTERHEAD, reglementAides: "" })).ok, role).toBe(false);
      expect((await removeLogoAction({})).ok, role).toBe(false);
      expect(await listTemplates(w.actors[role]), role).toEqual([]);
    }
    expect(await db.courrierEnTete.count()).toBe(0);
    actAs(w.actors.RESPONSABLE);
    expect((await saveLetterheadAction({ ...LETTERHEAD, reglementAides: "" })).ok).toBe(true);
    expect(await db.courrierEnTete.findUnique({ where: { structureId: w.a.id } })).toMatchObject({ nom: "CCAS de Lille", signataireNom: "Martine Leroy" });
    // The other structure's letters keep their own letterhead.
    expect(await db.courrierEnTete.findUnique({ where: { structureId: w.b.id } })).toBeNull();
  });
});
