// Every accompagnement action through its server action, per role: the référent (a travailleur
// social), a colleague who is not the référent, the RESPONSABLE, an agent, an admin, and a
// travailleur social of another structure. Refusals change nothing; outsiders get a 404.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  changeAccompagnementStatusAction, openAccompagnementAction, saveBudgetaireAction, saveErranceAction, saveLogementAction,
  savePlanAction, setPlanActionStatusAction, updateAccompagnementAction,
} from "@/lib/actions/accompagnements";
import { getAccompagnement, listAccompagnementsForUsager } from "@/lib/domain/accompagnements/queries";
import { accompagnementTimelineEvents } from "@/lib/domain/accompagnements/timeline-source";
import { NOT_MANAGER_MESSAGE } from "@/lib/domain/accompagnements/load";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeAccompagnement, suiviChecksum, suiviWorld } from "./accompagnement-fixtures";

beforeEach(resetDb);

const NOT_FOUND = "Élément introuvable ou inaccessible.";
type Role = "TRAVAILLEUR_SOCIAL" | "TS2" | "RESPONSABLE" | "AGENT" | "ADMIN" | "OTHER_TS";
type Outcome = "ok" | "refused" | "404";

async function setting() {
  const w = await suiviWorld();
  const budget = await makeAccompagnement(w.usager, w.users.ts.id, { type: "BUDGETAIRE" });
  const logement = await makeAccompagnement(w.usager, w.users.ts.id, { type: "LOGEMENT" });
  const errance = await makeAccompagnement(w.usager, w.users.ts.id, { type: "ERRANCE" });
  const objectif = await db.planObjectif.create({
    data: { accompagnementId: budget.id, libelle: "Budget", ordre: 0, actions: { create: { libelle: "Échéancier", porteur: "La personne" } } },
    include: { actions: true },
  });
  return { w, budget, logement, errance, actionId: objectif.actions[0]!.id };
}

function writes({ w, budget, logement, errance, actionId }: Awaited<ReturnType<typeof setting>>) {
  const v = async (id: string) => (await db.accompagnement.findUniqueOrThrow({ where: { id } })).version;
  return {
    update: async () => updateAccompagnementAction({ id: budget.id, version: await v(budget.id), referentId: w.users.ts.id, debut: "2026-01-05", finPrevue: "2026-12-31" }),
    status: async () => changeAccompagnementStatusAction({ id: budget.id, version: await v(budget.id), to: "SUSPENDU", motifCloture: "", precisionCloture: "" }),
    planAction: async () => setPlanActionStatusAction({ id: budget.id, version: await v(budget.id), actionId, status: "FAITE" }),
    // After planAction: the whole plan is replaced, the action above with it.
    plan: async () => savePlanAction({ id: budget.id, version: await v(budget.id), objectifs: [{ id: "", libelle: "Nouvel objectif", actions: [] }] }),
    budgetaire: async () => saveBudgetaireAction({ id: budget.id, version: await v(budget.id), surendettement: "DEPOSE", resteAVivreApresPlan: "", dettes: [{ creancier: "EDF", montant: "100", mensualite: "10" }] }),
    logement: async () => saveLogementAction({ id: logement.id, version: await v(logement.id), impayes: "500", impayesMois: "2", numeroUnique: "", fslDossier: "", asll: "", etapes: [] }),
    errance: async () => saveErranceAction({ id: errance.id, version: await v(errance.id), lieuVie: "Rue", domiciliationOrganisme: "", domiciliationDebut: "", domiciliationFin: "", siaoDemandeLe: "", siaoStatut: "", contactsMaraude: [] }),
  };
}

const EXPECTED: Record<Role, { open: Outcome; manage: Outcome; read: boolean }> = {
  TRAVAILLEUR_SOCIAL: { open: "ok", manage: "ok", read: true },
  TS2: { open: "ok", manage: "refused", read: true },
  RESPONSABLE: { open: "ok", manage: "ok", read: true },
  AGENT: { open: "404", manage: "404", read: false },
  ADMIN: { open: "404", manage: "404", read: false },
  OTHER_TS: { open: "404", manage: "404", read: false },
};

function expectOutcome(result: { ok: boolean }, outcome: Outcome, label: string) {
  if (outcome === "ok") expect(result, label).toMatchObject({ ok: true });
  else expect(result, label).toMatchObject({ ok: false, formError: outcome === "404" ? NOT_FOUND : NOT_MANAGER_MESSAGE });
}

describe("accompagnements, per role", () => {
  for (const [role, expected] of Object.entries(EXPECTED) as [Role, (typeof EXPECTED)[Role]][]) {
    it(`${role}: open ${expected.open}, manage ${expected.manage}, read ${expected.read}`, async () => {
      const s = await setting();
      const actor = s.w.actors[role];
      actAs(actor);
      for (const [name, run] of Object.entries(writes(s))) {
        const before = await suiviChecksum();
        const audits = await db.auditLog.count();
        expectOutcome(await run(), expected.manage, name);
        if (expected.manage !== "ok") {
          expect(await suiviChecksum(), name).toBe(before);
          expect(await db.auditLog.count(), name).toBe(audits);
        }
      }
      const before = await suiviChecksum();
      const opened = await openAccompagnementAction({ usagerId: s.w.usager.id, type: "INDIVIDUEL", referentId: "", debut: "2026-02-01", finPrevue: "", demarre: true });
      expectOutcome(opened, expected.open, "open");
      if (expected.open !== "ok") expect(await suiviChecksum()).toBe(before);

      const detail = await getAccompagnement(actor, s.w.usager.id, s.budget.id);
      expect(detail !== null).toBe(expected.read);
      expect((await listAccompagnementsForUsager(actor, s.w.usager.id)).length > 0).toBe(expected.read);
      expect((await accompagnementTimelineEvents(actor, s.w.usager.id)).length > 0).toBe(expected.read);
      // A read of an accompagnement is in the audit log; a refused one is not.
      expect(await db.auditLog.count({ where: { action: "accompagnement.read", actorId: actor.id } })).toBe(expected.read ? 1 : 0);
    });
  }

  it("answers 404 for a foreign, missing or malformed id, and for a usager id that does not match", async () => {
    const s = await setting();
    const foreign = await makeAccompagnement(s.w.foreign, s.w.users.otherTs.id);
    actAs(s.w.actors.RESPONSABLE);
    const before = await suiviChecksum();
    expect(await changeAccompagnementStatusAction({ id: foreign.id, version: 1, to: "SUSPENDU", motifCloture: "", precisionCloture: "" })).toMatchObject({ ok: false, formError: NOT_FOUND });
    expect(await savePlanAction({ id: foreign.id, version: 1, objectifs: [] })).toMatchObject({ ok: false, formError: NOT_FOUND });
    expect(await openAccompagnementAction({ usagerId: s.w.foreign.id, type: "INDIVIDUEL", referentId: "", debut: "2026-02-01", finPrevue: "", demarre: true })).toMatchObject({ ok: false, formError: NOT_FOUND });
    expect(await suiviChecksum()).toBe(before);
    expect(await getAccompagnement(s.w.actors.RESPONSABLE, s.w.foreign.id, foreign.id)).toBeNull();
    expect(await getAccompagnement(s.w.actors.RESPONSABLE, s.w.foreign.id, s.budget.id)).toBeNull();
    expect(await getAccompagnement(s.w.actors.RESPONSABLE, s.w.usager.id, "pas-un-id")).toBeNull();
    expect(await getAccompagnement(s.w.actors.RESPONSABLE, s.w.usager.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
