// Every workshop action through its server action, per role: TS and RESPONSABLE of the structure
// manage; AGENT, ADMIN and a TS of another structure get a 404 and change nothing. Pages' reads too.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  changeAtelierStatusAction, createAtelierAction, desinscrireUsagerAction, enregistrerPresencesAction, inscrireUsagerAction, updateAtelierAction,
} from "@/lib/actions/ateliers";
import { getAtelier, listAteliers, listAteliersForUsager } from "@/lib/domain/ateliers/queries";
import { parseAtelierListParams } from "@/lib/domain/ateliers/list-params";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { ateliersChecksum, ateliersWorld, inscrire, makeAtelier, parisInDays, validCreate } from "./ateliers-fixtures";

beforeEach(resetDb);

const NOT_FOUND = "Élément introuvable ou inaccessible.";
type Role = "TRAVAILLEUR_SOCIAL" | "TS2" | "RESPONSABLE" | "AGENT" | "ADMIN" | "OTHER_TS";
const ALLOWED: Record<Role, boolean> = { TRAVAILLEUR_SOCIAL: true, TS2: true, RESPONSABLE: true, AGENT: false, ADMIN: false, OTHER_TS: false };

async function setting() {
  const w = await ateliersWorld();
  const futur = await makeAtelier(w.a, w.users.ts.id);
  const passe = await makeAtelier(w.a, w.users.ts.id, { debut: new Date(Date.now() - 3_600_000) });
  const aAnnuler = await makeAtelier(w.a, w.users.ts.id);
  const inscrit = await inscrire(futur, w.francois.id);
  const present = await inscrire(passe, w.amelie.id);
  return { w, futur, passe, aAnnuler, inscrit, present };
}

const version = async (id: string) => (await db.atelier.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();

function writes({ w, futur, passe, aAnnuler, inscrit, present }: Awaited<ReturnType<typeof setting>>) {
  return {
    create: async () => createAtelierAction(validCreate(w)),
    update: async () => updateAtelierAction({ ...validCreate(w), debut: parisInDays(12), id: futur.id, updatedAt: await version(futur.id) }),
    inscrire: async () => inscrireUsagerAction({ atelierId: futur.id, usagerId: w.amelie.id }),
    desinscrire: async () => desinscrireUsagerAction({ inscriptionId: inscrit.id }),
    presences: async () => enregistrerPresencesAction({ atelierId: passe.id, presences: [{ inscriptionId: present.id, presence: "PRESENT" }] }),
    annuler: async () => changeAtelierStatusAction({ id: aAnnuler.id, updatedAt: await version(aAnnuler.id), to: "ANNULE" }),
  };
}

describe("ateliers, per role", () => {
  for (const [role, allowed] of Object.entries(ALLOWED) as [Role, boolean][]) {
    it(`${role}: ${allowed ? "manages workshops" : "404 and nothing written"}`, async () => {
      const s = await setting();
      const actor = s.w.actors[role];
      actAs(actor);
      for (const [name, run] of Object.entries(writes(s))) {
        const before = await ateliersChecksum();
        const result = await run();
        if (allowed) expect(result, name).toMatchObject({ ok: true });
        else if (role === "OTHER_TS" && name === "create") {
          // Their own structure's workshop, but with our facilitator and site: a field error.
          expect(result).toMatchObject({ ok: false, fieldErrors: { animateurId: expect.stringContaining("de la structure") } });
          expect(await ateliersChecksum(), name).toBe(before);
        } else {
          expect(result, name).toMatchObject({ ok: false, formError: NOT_FOUND });
          expect(await ateliersChecksum(), name).toBe(before);
        }
      }
      expect((await getAtelier(actor, s.futur.id, { audit: false })) !== null).toBe(allowed);
      expect((await listAteliers(actor, parseAtelierListParams({}))).rows.length > 0).toBe(allowed);
      expect((await listAteliersForUsager(actor, s.w.amelie.id)).length > 0).toBe(allowed);
    });
  }

  it("a bad input comes back as a French message on its field, nothing written", async () => {
    const s = await setting();
    actAs(s.w.actors.TRAVAILLEUR_SOCIAL);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ dureeMinutes: "-30" }, "dureeMinutes", /durée doit être positive/],
      [{ capacite: "0" }, "capacite", /au moins 1 place/],
      [{ siteId: "", adresse: "" }, "adresse", /site ou saisissez l'adresse/],
      [{ debut: "2026-02-30T10:00" }, "debut", /invalides/],
      [{ titre: "" }, "titre", /Saisissez le titre/],
    ];
    for (const [patch, field, message] of cases) {
      const before = await ateliersChecksum();
      const result = await createAtelierAction(validCreate(s.w, patch));
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.fieldErrors[field], field).toMatch(message);
      expect(await ateliersChecksum()).toBe(before);
    }
  });
});
