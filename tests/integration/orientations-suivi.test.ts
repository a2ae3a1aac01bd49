// The structure's list with its filters and counts, the reminders with a controlled clock, and
// the letter's domain function (what the route handler calls) per role.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { changeOrientationStatusAction, createOrientationAction, recordOrientationRelanceAction } from "@/lib/actions/orientations";
import { listStructureOrientations } from "@/lib/domain/orientations/queries";
import { listOrientationsToRelaunch } from "@/lib/domain/orientations/relance";
import { getCourrier } from "@/lib/domain/orientations/detail";
import { parseOrientationListParams } from "@/lib/domain/orientations/schemas";
import type { Actor } from "@/lib/auth/actor";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager } from "../helpers/factories";
import { extractPdfText } from "../helpers/orientation-pdf-text";
import { daysAgo, makeOrientationWorld, orientationInput } from "../helpers/orientation-world";

beforeEach(resetDb);

const DAY = 86_400_000;
async function orientAs(actor: Actor, usagerId: string, partenaireId: string, patch: Record<string, unknown> = {}) {
  actAs(actor);
  const r = await createOrientationAction(orientationInput(usagerId, partenaireId, patch));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.id;
}
const list = (actor: Actor, params: Record<string, string> = {}, now?: Date) => listStructureOrientations(actor, parseOrientationListParams(params), now);

describe("/orientations list", () => {
  it("filters by status, partner, référent of the person and age, with counts by destination", async () => {
    const w = await makeOrientationWorld();
    const other = await makeUsager(w.a, { nom: "Martin", prenom: "Paul" });
    const old = await orientAs(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, w.pmi.id, { date: daysAgo(40), consentementLe: daysAgo(40) });
    await orientAs(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, w.ssp.id);
    await orientAs(w.actors.RESPONSABLE, other.id, w.pmi.id, { date: daysAgo(3), consentementLe: daysAgo(3) });
    await changeOrientationStatusAction({ orientationId: old, to: "ACCUSEE", date: daysAgo(30), motifRefus: "" });

    const all = await list(w.actors.RESPONSABLE);
    expect(all.total).toBe(3);
    expect(all.counts.map((c) => [c.partenaire.nom, c.count])).toEqual([["PMI de La Madeleine", 2], ["Service social de proximité", 1]]);
    expect(all.rows[0]!.usager.nom).toBe("Dupont");
    expect((await list(w.actors.TS2, { statut: "ACCUSEE" })).rows.map((r) => r.id)).toEqual([old]);
    expect((await list(w.actors.TS2, { statut: "en_attente" })).total).toBe(3);
    const byPartner = await list(w.actors.TS2, { partenaire: w.ssp.id });
    expect(byPartner.total).toBe(1);
    expect(byPartner.counts).toHaveLength(2);
    const byReferent = await list(w.actors.TS2, { referent: w.users.ts.id });
    expect(byReferent.rows.every((r) => r.usager.id === w.usager.id && r.referents.includes("Camille Test TRAVAILLEUR_SOCIAL"))).toBe(true);
    expect(byReferent.total).toBe(2);
    const aged = await list(w.actors.TS2, { age: "30" });
    expect(aged.rows.map((r) => [r.id, r.ageDays])).toEqual([[old, 40]]);
    // The same list 20 days later: everything is older than 15 days.
    expect((await list(w.actors.TS2, { age: "15" }, new Date(Date.now() + 20 * DAY))).total).toBe(3);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) {
      expect(await list(w.actors[role]), role).toMatchObject({ total: 0, rows: [], counts: [] });
    }
  });
});

describe("reminders (à faire)", () => {
  it("lists the actor's own orientations without answer after 15 days; a relaunch restarts the delay", async () => {
    const w = await makeOrientationWorld();
    const recent = await orientAs(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, w.pmi.id, { date: daysAgo(10), consentementLe: daysAgo(10) });
    const late = await orientAs(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, w.ssp.id, { date: daysAgo(16), consentementLe: daysAgo(16) });
    const answered = await orientAs(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, w.pmi.id, { date: daysAgo(30), consentementLe: daysAgo(30) });
    await orientAs(w.actors.TS2, w.usager.id, w.pmi.id, { date: daysAgo(30), consentementLe: daysAgo(30) });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await changeOrientationStatusAction({ orientationId: answered, to: "ACCUSEE", date: daysAgo(25), motifRefus: "" });
    await changeOrientationStatusAction({ orientationId: answered, to: "ACCEPTEE", date: daysAgo(20), motifRefus: "" });

    const now = new Date();
    const due = await listOrientationsToRelaunch(w.actors.TRAVAILLEUR_SOCIAL, now);
    expect(due.map((d) => [d.id, d.joursSansReponse, d.delaiJours])).toEqual([[late, 16, 15]]);
    expect(due[0]).toMatchObject({ href: `/usagers/${w.usager.id}/orientations/${late}`, usager: { nom: "Dupont" }, partenaire: { nom: "Service social de proximité" } });
    // Six days later, the recent one is due too.
    expect((await listOrientationsToRelaunch(w.actors.TRAVAILLEUR_SOCIAL, new Date(now.getTime() + 6 * DAY))).map((d) => d.id)).toEqual([late, recent]);
    // Another worker's orientations are theirs to relaunch.
    expect((await listOrientationsToRelaunch(w.actors.TS2, now))).toHaveLength(1);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) expect(await listOrientationsToRelaunch(w.actors[role], now)).toEqual([]);

    expect(await recordOrientationRelanceAction({ orientationId: late, date: daysAgo(0) })).toEqual({ ok: true, data: undefined });
    expect(await listOrientationsToRelaunch(w.actors.TRAVAILLEUR_SOCIAL, now)).toEqual([]);
    expect((await listOrientationsToRelaunch(w.actors.TRAVAILLEUR_SOCIAL, new Date(now.getTime() + 16 * DAY))).map((d) => d.id)).toEqual([late, recent]);
    const relance = await recordOrientationRelanceAction({ orientationId: answered, date: daysAgo(0) });
    expect(relance).toMatchObject({ ok: false, formError: "Seule une orientation en attente de réponse peut être relancée." });
    expect(await db.orientationEvent.count({ where: { orientationId: late } })).toBe(2);
  });
});

describe("courrier d'orientation (domain function of the route handler)", () => {
  it("TS and RESPONSABLE get the PDF with only the transmitted items; it is audited", async () => {
    const w = await makeOrientationWorld();
    const id = await orientAs(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, w.pmi.id, { elementsTransmis: ["COMPOSITION_FOYER"], consentementLe: daysAgo(2) });
    const usager = await db.usager.findUniqueOrThrow({ where: { id: w.usager.id } });
    for (const role of ["TRAVAILLEUR_SOCIAL", "TS2", "RESPONSABLE"] as const) {
      const courrier = await getCourrier(w.actors[role], id, new Date("2026-11-22T10:00:00Z"));
      expect(courrier?.filename, role).toBe(`courrier-orientation-${usager.numeroDossier}-${id.slice(0, 8)}.pdf`);
      const text = extractPdfText(courrier!.pdf).replace(/\s+/g, " ");
      expect(courrier!.pdf.subarray(0, 5).toString()).toBe("%PDF-");
      for (const s of [
        w.a.name, "1 rue du Test", "59000 Lille", "Lille, le 22/11/2026", "PMI de La Madeleine", "14 rue du Président Pompidou",
        "Objet : orientation de Madame Amélie DUPONT", "Orientation prioritaire", "Grossesse sans suivi",
        "Léa DUPONT, né·e le 14/05/2019", `a donné son accord le ${daysAgo(2).split("-").reverse().join("/")}.`, "Camille Test TRAVAILLEUR_SOCIAL",
      ]) expect(text, s).toContain(s);
      for (const s of ["06 39 98 00 01", "12 rue des Sarrazins", "1 234,56", "Curatelle", "UDAF", "RSA"]) expect(text, s).not.toContain(s);
    }
    expect(await db.auditLog.count({ where: { action: "orientation.courrier", entityId: id } })).toBe(3);
  });

  it("AGENT, ADMIN and another structure get nothing (404), and nothing is audited", async () => {
    const w = await makeOrientationWorld();
    const id = await orientAs(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, w.pmi.id);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS", "OTHER_ADMIN"] as const) expect(await getCourrier(w.actors[role], id), role).toBeNull();
    expect(await getCourrier(w.actors.TRAVAILLEUR_SOCIAL, "pas-un-uuid")).toBeNull();
    expect(await getCourrier(w.actors.TRAVAILLEUR_SOCIAL, crypto.randomUUID())).toBeNull();
    expect(await db.auditLog.count({ where: { action: "orientation.courrier" } })).toBe(0);
  });
});
