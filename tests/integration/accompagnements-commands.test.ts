// Accompagnements through their server actions: opening, status changes with their audit rows
// and history, the plan (ids kept), the type-specific parts, optimistic concurrency, bad input.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  changeAccompagnementStatusAction, openAccompagnementAction, savePlanAction, updateAccompagnementAction,
} from "@/lib/actions/accompagnements";
import { getAccompagnement } from "@/lib/domain/accompagnements/queries";
import { planFormValues } from "@/lib/domain/accompagnements/form-values";
import { accompagnementTimelineEvents } from "@/lib/domain/accompagnements/timeline-source";
import { CONFLICT_MESSAGE } from "@/lib/domain/accompagnements/load";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { isoDaysFromNow, suiviChecksum, suiviWorld, type SuiviWorld } from "./accompagnement-fixtures";

beforeEach(resetDb);

async function opened(w: SuiviWorld, patch: Record<string, unknown> = {}) {
  actAs(w.actors.TRAVAILLEUR_SOCIAL);
  const r = await openAccompagnementAction({ usagerId: w.usager.id, type: "BUDGETAIRE", referentId: "", debut: "2026-01-05", finPrevue: "2026-12-31", demarre: false, ...patch });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return (await getAccompagnement(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, r.data.id, { audit: false }))!;
}
const version = async (id: string) => (await db.accompagnement.findUniqueOrThrow({ where: { id } })).version;

describe("opening", () => {
  it("opens for the travailleur social themself, as proposed, with an audit row and a history event", async () => {
    const w = await suiviWorld();
    const acc = await opened(w);
    expect(acc).toMatchObject({ referentId: w.users.ts.id, status: "PROPOSE", type: "BUDGETAIRE", version: 1, structureId: w.a.id });
    expect(await db.auditLog.count({ where: { action: "accompagnement.open", entityId: acc.id, actorId: w.users.ts.id } })).toBe(1);
    const events = await accompagnementTimelineEvents(w.actors.TS2, w.usager.id);
    expect(events).toEqual([expect.objectContaining({ kind: "accompagnement", title: "Accompagnement budgétaire ouvert", href: `/usagers/${w.usager.id}/accompagnements/${acc.id}` })]);
  });

  it("starts at once when the person agreed", async () => {
    const w = await suiviWorld();
    expect((await opened(w, { demarre: true })).status).toBe("EN_COURS");
  });

  it("lets a RESPONSABLE choose a travailleur social, never an agent, an admin or someone of another structure", async () => {
    const w = await suiviWorld();
    actAs(w.actors.RESPONSABLE);
    const form = { usagerId: w.usager.id, type: "LOGEMENT", debut: "2026-02-01", finPrevue: "", demarre: true };
    const ok = await openAccompagnementAction({ ...form, referentId: w.users.ts2.id });
    expect(ok.ok && (await db.accompagnement.findUniqueOrThrow({ where: { id: ok.data.id } })).referentId).toBe(w.users.ts2.id);
    for (const referentId of [w.users.agent.id, w.users.admin.id, w.users.otherTs.id]) {
      expect(await openAccompagnementAction({ ...form, referentId })).toMatchObject({ ok: false, fieldErrors: { referentId: expect.any(String) } });
    }
  });

  it("refuses a travailleur social opening one for a colleague", async () => {
    const w = await suiviWorld();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const before = await suiviChecksum();
    const r = await openAccompagnementAction({ usagerId: w.usager.id, type: "INDIVIDUEL", referentId: w.users.ts2.id, debut: "2026-02-01", finPrevue: "", demarre: false });
    expect(r).toMatchObject({ ok: false, fieldErrors: { referentId: "Vous ne pouvez désigner que vous-même." } });
    expect(await suiviChecksum()).toBe(before);
  });

  it("refuses an archived dossier", async () => {
    const w = await suiviWorld();
    await db.usager.update({ where: { id: w.usager.id }, data: { status: "ARCHIVE" } });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect(await openAccompagnementAction({ usagerId: w.usager.id, type: "INDIVIDUEL", referentId: "", debut: "2026-02-01", finPrevue: "", demarre: false }))
      .toMatchObject({ ok: false, formError: "Ce dossier est archivé : il ne peut plus être modifié." });
  });
});

describe("status", () => {
  it("goes PROPOSE → EN_COURS → SUSPENDU → EN_COURS → CLOS, each step audited and in the history", async () => {
    const w = await suiviWorld();
    const acc = await opened(w);
    const steps = [["EN_COURS", ""], ["SUSPENDU", ""], ["EN_COURS", ""], ["CLOS", "OBJECTIFS_ATTEINTS"]] as const;
    for (const [to, motifCloture] of steps) {
      const r = await changeAccompagnementStatusAction({ id: acc.id, version: await version(acc.id), to, motifCloture, precisionCloture: "" });
      expect(r.ok, to).toBe(true);
    }
    const closed = await db.accompagnement.findUniqueOrThrow({ where: { id: acc.id } });
    expect(closed).toMatchObject({ status: "CLOS", motifCloture: "Objectifs atteints", version: 5 });
    expect(closed.closAt).toBeInstanceOf(Date);
    const audits = await db.auditLog.findMany({ where: { entityId: acc.id, action: "accompagnement.status" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => (a.details as { vers: string }).vers)).toEqual(["EN_COURS", "SUSPENDU", "EN_COURS", "CLOS"]);
    const titles = (await accompagnementTimelineEvents(w.actors.RESPONSABLE, w.usager.id)).map((e) => e.title);
    expect(titles).toContain("Accompagnement budgétaire clos");
    expect(titles.filter((t) => t.endsWith("statut modifié"))).toHaveLength(3);
  });

  it("closes a refused proposal with its précision, keeping free text out of the audit", async () => {
    const w = await suiviWorld();
    const acc = await opened(w);
    const r = await changeAccompagnementStatusAction({ id: acc.id, version: 1, to: "CLOS", motifCloture: "AUTRE", precisionCloture: "Prise en charge par l'UDAF" });
    expect(r.ok).toBe(true);
    expect((await db.accompagnement.findUniqueOrThrow({ where: { id: acc.id } })).motifCloture).toBe("Autre motif : Prise en charge par l'UDAF");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: acc.id, action: "accompagnement.status" } });
    expect(JSON.stringify(audit.details)).not.toContain("UDAF");
  });

  it("refuses impossible transitions, a closing without motif, and anything after closing", async () => {
    const w = await suiviWorld();
    const acc = await opened(w);
    const before = await suiviChecksum();
    expect(await changeAccompagnementStatusAction({ id: acc.id, version: 1, to: "SUSPENDU", motifCloture: "", precisionCloture: "" }))
      .toMatchObject({ ok: false, fieldErrors: { to: "Un accompagnement proposé ne peut pas passer à « Suspendu »." } });
    expect(await changeAccompagnementStatusAction({ id: acc.id, version: 1, to: "CLOS", motifCloture: "", precisionCloture: "" }))
      .toMatchObject({ ok: false, fieldErrors: { motifCloture: "Indiquez le motif de clôture." } });
    expect(await changeAccompagnementStatusAction({ id: acc.id, version: 1, to: "FINI", motifCloture: "", precisionCloture: "" }))
      .toMatchObject({ ok: false, fieldErrors: { to: expect.stringContaining("choisissez une valeur") } });
    expect(await suiviChecksum()).toBe(before);
    await changeAccompagnementStatusAction({ id: acc.id, version: 1, to: "CLOS", motifCloture: "ABANDON", precisionCloture: "" });
    const closed = await suiviChecksum();
    expect(await changeAccompagnementStatusAction({ id: acc.id, version: 2, to: "EN_COURS", motifCloture: "", precisionCloture: "" }))
      .toMatchObject({ ok: false, formError: expect.stringContaining("est clos") });
    expect(await savePlanAction({ ...planFormValues(acc), version: 2 })).toMatchObject({ ok: false, formError: "Cet accompagnement est clos : il ne peut plus être modifié." });
    expect(await updateAccompagnementAction({ id: acc.id, version: 2, referentId: w.users.ts.id, debut: "2026-01-05", finPrevue: "" })).toMatchObject({ ok: false });
    expect(await suiviChecksum()).toBe(closed);
  });
});

describe("common fields and concurrency", () => {
  it("edits the dates, refuses an end before the start and the second of two saves from the same version", async () => {
    const w = await suiviWorld();
    const acc = await opened(w);
    const base = { id: acc.id, version: 1, referentId: w.users.ts.id, debut: "2026-01-05" };
    expect(await updateAccompagnementAction({ ...base, finPrevue: "2025-12-01" }))
      .toMatchObject({ ok: false, fieldErrors: { finPrevue: "La date de fin prévue ne peut pas précéder la date de début." } });
    expect(await updateAccompagnementAction({ ...base, finPrevue: isoDaysFromNow(6 * 366) })).toMatchObject({ ok: false, fieldErrors: { finPrevue: expect.stringContaining("trop lointaine") } });
    actAs(w.actors.RESPONSABLE);
    expect(await updateAccompagnementAction({ ...base, finPrevue: "2027-06-30" })).toMatchObject({ ok: true, data: { version: 2 } });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const before = await suiviChecksum();
    expect(await updateAccompagnementAction({ ...base, finPrevue: "2026-09-30" })).toMatchObject({ ok: false, formError: CONFLICT_MESSAGE });
    expect(await changeAccompagnementStatusAction({ id: acc.id, version: 1, to: "EN_COURS", motifCloture: "", precisionCloture: "" })).toMatchObject({ ok: false, formError: CONFLICT_MESSAGE });
    expect(await suiviChecksum()).toBe(before);
    expect((await db.accompagnement.findUniqueOrThrow({ where: { id: acc.id } })).finPrevue?.toISOString().slice(0, 10)).toBe("2027-06-30");
  });

  it("lets only a RESPONSABLE hand an accompagnement over to a colleague", async () => {
    const w = await suiviWorld();
    const acc = await opened(w);
    const form = { id: acc.id, version: 1, referentId: w.users.ts2.id, debut: "2026-01-05", finPrevue: "2026-12-31" };
    expect(await updateAccompagnementAction(form)).toMatchObject({ ok: false, fieldErrors: { referentId: expect.any(String) } });
    actAs(w.actors.RESPONSABLE);
    expect((await updateAccompagnementAction(form)).ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: acc.id, action: "accompagnement.update" } });
    expect(audit.details).toMatchObject({ champs: ["referentId"], referentId: w.users.ts2.id });
  });

  it("lets exactly one of two concurrent plan saves through", async () => {
    const w = await suiviWorld();
    const acc = await opened(w);
    const plan = (libelle: string) => ({ id: acc.id, version: 1, objectifs: [{ id: "", libelle, actions: [] }] });
    const results = await Promise.all([savePlanAction(plan("Premier")), savePlanAction(plan("Second"))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ formError: CONFLICT_MESSAGE });
    expect(await db.planObjectif.count({ where: { accompagnementId: acc.id } })).toBe(1);
  });
});
