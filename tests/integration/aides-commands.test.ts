// Aids through their server actions: request, instruction, decision (RESPONSABLE), adjournment
// and back, payment, concurrency on updatedAt, bad input, pending list, history.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { changeAideStatusAction, createAideAction, recordAidePaymentAction, updateAideAction } from "@/lib/actions/aides";
import { getAide, listAidesAwaitingPayment, listAidesForUsager, listPendingAides } from "@/lib/domain/aides/queries";
import { aideTimelineEvents } from "@/lib/domain/aides/timeline-source";
import { AIDE_CONFLICT_MESSAGE } from "@/lib/domain/aides/commands";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeAccompagnement, suiviChecksum, suiviWorld, type SuiviWorld } from "./accompagnement-fixtures";

beforeEach(resetDb);

const request = (usagerId: string, patch: Record<string, unknown> = {}) =>
  ({ usagerId, type: "ENERGIE", objet: "Facture d'électricité", montantDemande: "312,45", demandeLe: "2026-03-02", accompagnementId: "", ...patch });
const stamp = async (id: string) => (await db.aide.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const move = async (id: string, to: string, patch: Record<string, unknown> = {}) =>
  changeAideStatusAction({ id, updatedAt: await stamp(id), to, commissionLe: "", decisionLe: "", montantAccorde: "", motif: "", ...patch });

async function requested(w: SuiviWorld, patch: Record<string, unknown> = {}) {
  actAs(w.actors.TRAVAILLEUR_SOCIAL);
  const r = await createAideAction(request(w.usager.id, patch));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.id;
}

describe("an aid from request to payment", () => {
  it("is requested by a TS, instructed, granted by the RESPONSABLE, paid, and every step is in the history", async () => {
    const w = await suiviWorld();
    const acc = await makeAccompagnement(w.usager, w.users.ts.id, { type: "BUDGETAIRE" });
    const id = await requested(w, { accompagnementId: acc.id });
    expect(await db.aide.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DEMANDEE", montantDemandeCents: 31_245, instructeurId: w.users.ts.id, accompagnementId: acc.id, structureId: w.a.id,
    });
    expect((await move(id, "EN_INSTRUCTION", { commissionLe: "2026-03-10" })).ok).toBe(true);
    expect(await move(id, "ACCORDEE", { decisionLe: "2026-03-10", montantAccorde: "300" }))
      .toMatchObject({ ok: false, fieldErrors: { to: "Seul·e un·e responsable enregistre la décision (accordée, refusée ou ajournée)." } });
    actAs(w.actors.RESPONSABLE);
    expect((await move(id, "ACCORDEE", { decisionLe: "2026-03-10", montantAccorde: "300" })).ok).toBe(true);
    actAs(w.actors.TS2);
    expect((await recordAidePaymentAction({ id, updatedAt: await stamp(id), modePaiement: "PAIEMENT_FOURNISSEUR", payeLe: "2026-03-12" })).ok).toBe(true);
    const aide = (await getAide(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, id))!;
    expect(aide).toMatchObject({ status: "ACCORDEE", montantAccordeCents: 30_000, modePaiement: "PAIEMENT_FOURNISSEUR", accompagnement: { id: acc.id } });
    expect(aide.payeLe?.toISOString().slice(0, 10)).toBe("2026-03-12");
    const events = await aideTimelineEvents(w.actors.RESPONSABLE, w.usager.id);
    expect(events.map((e) => e.title)).toEqual(["Aide payée", "Aide accordée", "Demande d'aide mise en instruction", "Demande d'aide enregistrée"]);
    expect(events[1]!.detail?.replace(/\s/g, " ")).toBe("Énergie (électricité, gaz, fioul) · 300,00 € accordés");
    expect(events.every((e) => e.kind === "aide" && e.href === `/usagers/${w.usager.id}/aides/${id}`)).toBe(true);
  });

  it("adjourns, goes back to instruction, then is refused with a motif kept out of the audit", async () => {
    const w = await suiviWorld();
    const id = await requested(w);
    await move(id, "EN_INSTRUCTION");
    actAs(w.actors.RESPONSABLE);
    expect((await move(id, "AJOURNEE", { decisionLe: "2026-03-10", motif: "Pièces manquantes" })).ok).toBe(true);
    expect(await move(id, "ACCORDEE", { decisionLe: "2026-03-10", montantAccorde: "10" })).toMatchObject({ ok: false, fieldErrors: { to: expect.stringContaining("ne peut pas passer") } });
    expect((await move(id, "EN_INSTRUCTION", { commissionLe: "2026-04-07" })).ok).toBe(true);
    expect(await move(id, "REFUSEE", { decisionLe: "2026-04-07" })).toMatchObject({ ok: false, fieldErrors: { motif: "Indiquez le motif du refus." } });
    expect((await move(id, "REFUSEE", { decisionLe: "2026-04-07", motif: "Ressources supérieures au barème." })).ok).toBe(true);
    expect(await db.aide.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REFUSEE", motifRefus: "Ressources supérieures au barème." });
    const audits = await db.auditLog.findMany({ where: { entityId: id } });
    expect(JSON.stringify(audits.map((a) => a.details))).not.toMatch(/barème|Pièces/);
    expect(await move(id, "EN_INSTRUCTION")).toMatchObject({ ok: false, formError: expect.stringContaining("ne peut plus changer") });
  });

  it("lets any TS abandon a pending request, and refuses payment of an aid not granted", async () => {
    const w = await suiviWorld();
    const id = await requested(w);
    actAs(w.actors.TS2);
    expect(await recordAidePaymentAction({ id, updatedAt: await stamp(id), modePaiement: "VIREMENT", payeLe: "2026-03-12" }))
      .toMatchObject({ ok: false, formError: "Le paiement ne s'enregistre que pour une aide accordée." });
    expect((await move(id, "ABANDONNEE")).ok).toBe(true);
    expect((await db.aide.findUniqueOrThrow({ where: { id } })).status).toBe("ABANDONNEE");
  });
});

describe("bad input and concurrency", () => {
  it("answers French field errors and writes nothing", async () => {
    const w = await suiviWorld();
    const foreignAcc = await makeAccompagnement(w.foreign, w.users.otherTs.id);
    const id = await requested(w);
    const before = await suiviChecksum();
    for (const [patch, field] of [
      [{ montantDemande: "-10" }, "montantDemande"], [{ montantDemande: "150 000" }, "montantDemande"], [{ demandeLe: "2031-01-01" }, "demandeLe"],
      [{ accompagnementId: foreignAcc.id }, "accompagnementId"], [{ objet: "x".repeat(1024 * 1024) }, "objet"], [{ type: "" }, "type"],
    ] as const) {
      const r = await createAideAction(request(w.usager.id, patch));
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.fieldErrors[field], field).toBeTruthy();
    }
    await move(id, "EN_INSTRUCTION");
    const instructed = await suiviChecksum();
    actAs(w.actors.RESPONSABLE);
    expect(await move(id, "ACCORDEE", { decisionLe: "2026-03-10", montantAccorde: "100 000,01" })).toMatchObject({ ok: false, fieldErrors: { montantAccorde: expect.stringContaining("100 000 €") } });
    expect(await move(id, "ACCORDEE", { decisionLe: "2026-03-10", montantAccorde: "" })).toMatchObject({ ok: false, fieldErrors: { montantAccorde: expect.any(String) } });
    expect(await move(id, "ACCORDEE", { decisionLe: "2026-02-01", montantAccorde: "50" })).toMatchObject({ ok: false, fieldErrors: { decisionLe: "La décision ne peut pas précéder la demande." } });
    expect(await suiviChecksum()).toBe(instructed);
    expect(before).not.toBe(instructed);
  });

  it("refuses the second of two saves made from the same version", async () => {
    const w = await suiviWorld();
    const id = await requested(w);
    const seen = await stamp(id);
    const form = { id, updatedAt: seen, type: "ENERGIE", objet: "", montantDemande: "400", demandeLe: "2026-03-02", accompagnementId: "" };
    expect((await updateAideAction(form)).ok).toBe(true);
    const before = await suiviChecksum();
    expect(await updateAideAction({ ...form, montantDemande: "500" })).toMatchObject({ ok: false, formError: AIDE_CONFLICT_MESSAGE });
    expect(await changeAideStatusAction({ id, updatedAt: seen, to: "ABANDONNEE", commissionLe: "", decisionLe: "", montantAccorde: "", motif: "" }))
      .toMatchObject({ ok: false, formError: AIDE_CONFLICT_MESSAGE });
    expect(await suiviChecksum()).toBe(before);
    expect((await db.aide.findUniqueOrThrow({ where: { id } })).montantDemandeCents).toBe(40_000);
  });
});

describe("lists", () => {
  it("shows the RESPONSABLE every pending request of the structure, oldest first; a TS their own; others nothing", async () => {
    const w = await suiviWorld();
    const ids: Record<string, string> = {};
    for (const [key, actor, demandeLe] of [["recent", "TRAVAILLEUR_SOCIAL", "2026-03-20"], ["old", "TS2", "2026-01-05"], ["mid", "TRAVAILLEUR_SOCIAL", "2026-02-10"], ["done", "TRAVAILLEUR_SOCIAL", "2026-01-01"]] as const) {
      actAs(w.actors[actor]);
      const r = await createAideAction(request(w.usager.id, { demandeLe }));
      if (!r.ok) throw new Error(r.formError);
      ids[key] = r.data.id;
    }
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await move(ids.mid!, "EN_INSTRUCTION");
    await move(ids.done!, "EN_INSTRUCTION");
    actAs(w.actors.RESPONSABLE);
    await move(ids.done!, "ACCORDEE", { decisionLe: "2026-01-20", montantAccorde: "100" });
    actAs(w.actors.OTHER_TS);
    await createAideAction(request(w.foreign.id));
    expect((await listPendingAides(w.actors.RESPONSABLE)).map((a) => a.id)).toEqual([ids.old, ids.mid, ids.recent]);
    expect((await listPendingAides(w.actors.TRAVAILLEUR_SOCIAL)).map((a) => a.id)).toEqual([ids.mid, ids.recent]);
    expect((await listAidesAwaitingPayment(w.actors.RESPONSABLE)).map((a) => a.id)).toEqual([ids.done]);
    expect((await listAidesForUsager(w.actors.TS2, w.usager.id)).map((a) => a.id)).toEqual([ids.recent, ids.mid, ids.old, ids.done]);
    for (const role of ["AGENT", "ADMIN"] as const) {
      expect(await listPendingAides(w.actors[role])).toEqual([]);
      expect(await listAidesAwaitingPayment(w.actors[role])).toEqual([]);
    }
    expect(await listAidesForUsager(w.actors.OTHER_TS, w.usager.id)).toEqual([]);
  });
});
