// Every aid action through its server action, per role: the instructing travailleur social, a
// colleague, the RESPONSABLE, an agent, an admin, and a travailleur social of another structure.
// Refusals change nothing; outsiders get a 404.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { changeAideStatusAction, createAideAction, recordAidePaymentAction, updateAideAction } from "@/lib/actions/aides";
import { getAide, listAidesForUsager } from "@/lib/domain/aides/queries";
import { aideTimelineEvents } from "@/lib/domain/aides/timeline-source";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { suiviChecksum, suiviWorld } from "./accompagnement-fixtures";

beforeEach(resetDb);

const NOT_FOUND = "Élément introuvable ou inaccessible.";
type Role = "TRAVAILLEUR_SOCIAL" | "TS2" | "RESPONSABLE" | "AGENT" | "ADMIN" | "OTHER_TS";
type Outcome = "ok" | "refused" | "404";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function setting() {
  const w = await suiviWorld();
  const base = { structureId: w.a.id, usagerId: w.usager.id, instructeurId: w.users.ts.id, type: "ALIMENTAIRE" as const, montantDemandeCents: 15_000, demandeLe: day("2026-03-02") };
  const [demandee, instruite, accordee] = await Promise.all([
    db.aide.create({ data: { ...base, status: "DEMANDEE" } }),
    db.aide.create({ data: { ...base, status: "EN_INSTRUCTION" } }),
    db.aide.create({ data: { ...base, status: "ACCORDEE", montantAccordeCents: 15_000, decisionLe: day("2026-03-10") } }),
  ]);
  return { w, demandee, instruite, accordee };
}

const stamp = async (id: string) => (await db.aide.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const status = async (id: string, to: string, patch: Record<string, unknown> = {}) =>
  changeAideStatusAction({ id, updatedAt: await stamp(id), to, commissionLe: "", decisionLe: "2026-03-10", montantAccorde: "", motif: "", ...patch });

function writes({ w, demandee, instruite, accordee }: Awaited<ReturnType<typeof setting>>) {
  return {
    request: async () => createAideAction({ usagerId: w.usager.id, type: "EAU", objet: "", montantDemande: "80", demandeLe: "2026-03-02", accompagnementId: "" }),
    edit: async () => updateAideAction({ id: demandee.id, updatedAt: await stamp(demandee.id), type: "ALIMENTAIRE", objet: "Colis", montantDemande: "160", demandeLe: "2026-03-02", accompagnementId: "" }),
    instruct: async () => status(demandee.id, "EN_INSTRUCTION", { decisionLe: "" }),
    pay: async () => recordAidePaymentAction({ id: accordee.id, updatedAt: await stamp(accordee.id), modePaiement: "BON_OU_CARTE", payeLe: "2026-03-12" }),
    decide: async () => status(instruite.id, "ACCORDEE", { montantAccorde: "150" }),
  };
}

const EXPECTED: Record<Role, { write: Outcome; decide: Outcome; read: boolean }> = {
  TRAVAILLEUR_SOCIAL: { write: "ok", decide: "refused", read: true },
  TS2: { write: "ok", decide: "refused", read: true },
  RESPONSABLE: { write: "ok", decide: "ok", read: true },
  AGENT: { write: "404", decide: "404", read: false },
  ADMIN: { write: "404", decide: "404", read: false },
  OTHER_TS: { write: "404", decide: "404", read: false },
};

describe("aides, per role", () => {
  for (const [role, expected] of Object.entries(EXPECTED) as [Role, (typeof EXPECTED)[Role]][]) {
    it(`${role}: request/instruct/pay ${expected.write}, decide ${expected.decide}, read ${expected.read}`, async () => {
      const s = await setting();
      const actor = s.w.actors[role];
      actAs(actor);
      for (const [name, run] of Object.entries(writes(s))) {
        const outcome = name === "decide" ? expected.decide : expected.write;
        const before = await suiviChecksum();
        const result = await run();
        if (outcome === "ok") expect(result, name).toMatchObject({ ok: true });
        else {
          expect(result, name).toMatchObject({ ok: false, formError: outcome === "404" ? NOT_FOUND : expect.stringContaining("responsable") });
          expect(await suiviChecksum(), name).toBe(before);
        }
      }
      expect((await getAide(actor, s.w.usager.id, s.accordee.id)) !== null).toBe(expected.read);
      expect((await listAidesForUsager(actor, s.w.usager.id)).length > 0).toBe(expected.read);
      expect((await aideTimelineEvents(actor, s.w.usager.id)).length > 0).toBe(expected.read);
    });
  }

  it("answers 404 for an aid of another structure, or under another dossier", async () => {
    const s = await setting();
    const foreign = await db.aide.create({
      data: { structureId: s.w.b.id, usagerId: s.w.foreign.id, instructeurId: s.w.users.otherTs.id, type: "EAU", montantDemandeCents: 5_000, demandeLe: day("2026-03-02"), status: "EN_INSTRUCTION" },
    });
    actAs(s.w.actors.RESPONSABLE);
    const before = await suiviChecksum();
    expect(await status(foreign.id, "ACCORDEE", { montantAccorde: "50" })).toMatchObject({ ok: false, formError: NOT_FOUND });
    expect(await createAideAction({ usagerId: s.w.foreign.id, type: "EAU", objet: "", montantDemande: "80", demandeLe: "2026-03-02", accompagnementId: "" })).toMatchObject({ ok: false, formError: NOT_FOUND });
    expect(await suiviChecksum()).toBe(before);
    expect(await getAide(s.w.actors.RESPONSABLE, s.w.foreign.id, foreign.id)).toBeNull();
    expect(await getAide(s.w.actors.RESPONSABLE, s.w.foreign.id, s.accordee.id)).toBeNull();
    expect(await getAide(s.w.actors.RESPONSABLE, s.w.usager.id, "n'importe-quoi")).toBeNull();
  });
});
