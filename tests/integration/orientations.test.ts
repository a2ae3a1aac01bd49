import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { changeOrientationStatusAction, createOrientationAction } from "@/lib/actions/orientations";
import { listOrientationsForUsager } from "@/lib/domain/orientations/queries";
import { getOrientationDetail } from "@/lib/domain/orientations/detail";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { orientationTimelineEvents } from "@/lib/domain/orientations/timeline-source";
import { NO_CONSENT_MESSAGE } from "@/lib/domain/orientations/schemas";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { daysAgo, makeOrientationWorld, orientationChecksum, orientationInput } from "../helpers/orientation-world";

beforeEach(resetDb);

const NOT_FOUND = { ok: false, formError: "Élément introuvable ou inaccessible." };
type World = Awaited<ReturnType<typeof makeOrientationWorld>>;

async function orient(w: World, patch: Record<string, unknown> = {}) {
  actAs(w.actors.TRAVAILLEUR_SOCIAL);
  const r = await createOrientationAction(orientationInput(w.usager.id, w.pmi.id, patch));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data.id;
}

describe("orientations: creation and rights", () => {
  it("a TS or RESPONSABLE of the structure orients; it is dated, evented and audited without its motive", async () => {
    const w = await makeOrientationWorld();
    for (const role of ["TRAVAILLEUR_SOCIAL", "TS2", "RESPONSABLE"] as const) {
      actAs(w.actors[role]);
      expect((await createOrientationAction(orientationInput(w.usager.id, w.pmi.id))).ok, role).toBe(true);
    }
    const rows = await listOrientationsForUsager(w.actors.TS2, w.usager.id);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ status: "ENVOYEE", urgence: "PRIORITAIRE", partenaire: { nom: "PMI de La Madeleine" } });
    const stored = await db.orientation.findFirstOrThrow({ include: { events: true } });
    expect(stored.date.toISOString().slice(0, 10)).toBe(daysAgo(0));
    expect(stored.consentementLe.toISOString().slice(0, 10)).toBe(daysAgo(1));
    expect(stored.events.map((e) => e.status)).toEqual(["ENVOYEE"]);
    const audits = await db.auditLog.findMany({ where: { action: "orientation.create" } });
    expect(audits).toHaveLength(3);
    expect(JSON.stringify(audits.map((a) => a.details))).not.toContain("sage-femme");
  });

  for (const role of ["AGENT", "ADMIN", "OTHER_TS", "OTHER_ADMIN"] as const) {
    it(`${role} cannot orient, change a status or read an orientation (404, nothing written)`, async () => {
      const w = await makeOrientationWorld();
      const id = await orient(w);
      actAs(w.actors[role]);
      const before = await orientationChecksum();
      expect(await createOrientationAction(orientationInput(w.usager.id, w.pmi.id))).toMatchObject(NOT_FOUND);
      expect(await changeOrientationStatusAction({ orientationId: id, to: "ACCUSEE", date: daysAgo(0), motifRefus: "" })).toMatchObject(NOT_FOUND);
      expect(await listOrientationsForUsager(w.actors[role], w.usager.id)).toEqual([]);
      expect(await getOrientationDetail(w.actors[role], w.usager.id, id)).toBeNull();
      expect(await orientationTimelineEvents(w.actors[role], w.usager.id, () => null)).toEqual([]);
      expect(await orientationChecksum()).toBe(before);
    });
  }

  it("answers bad input with French field errors and writes nothing", async () => {
    const w = await makeOrientationWorld();
    await orient(w);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const before = await orientationChecksum();
    const tomorrow = new Date(Date.parse(`${daysAgo(0)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ consentement: false }, "consentement", NO_CONSENT_MESSAGE],
      [{ consentement: undefined }, "consentement", NO_CONSENT_MESSAGE],
      [{ consentementLe: "" }, "consentementLe", "Saisissez la date de l'accord."],
      [{ consentementLe: tomorrow }, "consentementLe"],
      [{ date: tomorrow }, "date", "La date d'orientation : la date ne peut pas être dans le futur."],
      [{ partenaireId: "" }, "partenaireId"],
      [{ partenaireId: crypto.randomUUID() }, "partenaireId", "Service inconnu : choisissez un service actif de l'annuaire de votre structure."],
      [{ partenaireId: w.foreign.id }, "partenaireId", "Service inconnu : choisissez un service actif de l'annuaire de votre structure."],
      [{ partenaireId: w.inactive.id }, "partenaireId"],
      [{ motif: "" }, "motif"],
      [{ motif: "x".repeat(1024 * 1024) }, "motif"],
      [{ elementsTransmis: [] }, "elementsTransmis"],
      [{ urgence: "ABSOLUE" }, "urgence"],
    ];
    for (const [patch, field, message] of cases) {
      const r = await createOrientationAction(orientationInput(w.usager.id, w.pmi.id, patch));
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.fieldErrors[field], field).toBe(message ?? r.fieldErrors[field]);
      if (!r.ok) expect(r.fieldErrors[field], field).toMatch(/[a-zé]/);
    }
    await db.usager.update({ where: { id: w.usager.id }, data: { status: "ARCHIVE" } });
    expect(await createOrientationAction(orientationInput(w.usager.id, w.pmi.id))).toMatchObject({ ok: false, formError: expect.stringContaining("archivé") });
    expect(await orientationChecksum()).toBe(before);
  });
});

describe("orientations: status changes", () => {
  it("follows ENVOYEE → ACCUSEE → ACCEPTEE → REALISEE, each step dated in its column, an event and the audit log", async () => {
    const w = await makeOrientationWorld();
    const id = await orient(w, { date: daysAgo(20), consentementLe: daysAgo(21) });
    actAs(w.actors.RESPONSABLE);
    for (const [to, ago] of [["ACCUSEE", 15], ["ACCEPTEE", 10], ["REALISEE", 0]] as const) {
      expect(await changeOrientationStatusAction({ orientationId: id, to, date: daysAgo(ago), motifRefus: "" }), to).toEqual({ ok: true, data: undefined });
    }
    const o = await db.orientation.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(o.status).toBe("REALISEE");
    expect([o.accuseLe, o.reponseLe, o.realiseeLe].map((d) => d?.toISOString().slice(0, 10))).toEqual([daysAgo(15), daysAgo(10), daysAgo(0)]);
    expect(o.events.map((e) => e.status)).toEqual(["ENVOYEE", "ACCUSEE", "ACCEPTEE", "REALISEE"]);
    expect(o.statusChangedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const audits = await db.auditLog.findMany({ where: { action: "orientation.status", entityId: id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => (a.details as { vers: string }).vers)).toEqual(["ACCUSEE", "ACCEPTEE", "REALISEE"]);
    const detail = await getOrientationDetail(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, id);
    expect(detail?.history.map((h) => h.status)).toEqual(["ENVOYEE", "ACCUSEE", "ACCEPTEE", "REALISEE"]);
  });

  it("refuses jumps, a refusal without motive, dates in the future or before the previous step; final statuses are locked", async () => {
    const w = await makeOrientationWorld();
    const id = await orient(w, { date: daysAgo(10), consentementLe: daysAgo(10) });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const change = (to: string, date = daysAgo(0), motifRefus = "") => changeOrientationStatusAction({ orientationId: id, to, date, motifRefus });
    const tomorrow = new Date(Date.parse(`${daysAgo(0)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const before = await orientationChecksum();
    for (const to of ["ACCEPTEE", "REFUSEE", "REALISEE", "ENVOYEE"]) {
      const r = await change(to, daysAgo(0), "Hors secteur");
      expect(r.ok, to).toBe(false);
      if (!r.ok) expect(r.fieldErrors.to, to).toMatch(/^(Une orientation au statut « Envoyée » ne peut pas passer directement|L'orientation est déjà)/);
    }
    expect(await change("ACCUSEE", tomorrow)).toMatchObject({ ok: false, fieldErrors: { date: "La date : la date ne peut pas être dans le futur." } });
    expect(await change("ACCUSEE", daysAgo(11))).toMatchObject({ ok: false, fieldErrors: { date: `La date ne peut pas précéder la date d'orientation (${daysAgo(10).split("-").reverse().join("/")}).` } });
    expect(await change("PERDUE")).toMatchObject({ ok: false, fieldErrors: { to: "Statut inconnu." } });
    expect(await orientationChecksum()).toBe(before);

    expect((await change("ACCUSEE", daysAgo(5))).ok).toBe(true);
    expect(await change("ACCEPTEE", daysAgo(6))).toMatchObject({ ok: false, fieldErrors: { date: expect.stringContaining("accusé de réception") } });
    expect(await change("REFUSEE")).toMatchObject({ ok: false, fieldErrors: { motifRefus: "Indiquez le motif du refus donné par le partenaire." } });
    expect(await change("REFUSEE", daysAgo(0), "Hors secteur géographique")).toMatchObject({ ok: true });
    const o = await db.orientation.findUniqueOrThrow({ where: { id } });
    expect(o).toMatchObject({ status: "REFUSEE", motifRefus: "Hors secteur géographique" });
    const locked = await change("REALISEE");
    expect(locked.ok === false && locked.fieldErrors.to).toContain("ne peut plus changer");
  });

  it("keeps the steps in order when several are typed for the same past day", async () => {
    const w = await makeOrientationWorld();
    const id = await orient(w, { date: daysAgo(5), consentementLe: daysAgo(5) });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    for (const to of ["ACCUSEE", "ACCEPTEE", "REALISEE"]) {
      expect((await changeOrientationStatusAction({ orientationId: id, to, date: daysAgo(5), motifRefus: "" })).ok, to).toBe(true);
    }
    const detail = await getOrientationDetail(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, id);
    expect(detail?.history.map((h) => h.status)).toEqual(["ENVOYEE", "ACCUSEE", "ACCEPTEE", "REALISEE"]);
    expect(new Set(detail?.history.map((h) => h.at.toISOString().slice(0, 10)))).toEqual(new Set([daysAgo(5)]));
  });

  it("appears in the dossier history, with a link to the detail, the motive left out", async () => {
    const w = await makeOrientationWorld();
    const id = await orient(w);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await changeOrientationStatusAction({ orientationId: id, to: "ACCUSEE", date: daysAgo(0), motifRefus: "" });
    const events = await orientationTimelineEvents(w.actors.RESPONSABLE, w.usager.id, (x) => (x === w.users.ts.id ? "Camille Test" : null));
    expect(events.map((e) => e.title).sort()).toEqual(["Orientation vers PMI de La Madeleine", "Orientation vers PMI de La Madeleine : réception accusée"]);
    expect(events.every((e) => e.kind === "orientation" && e.href === `/usagers/${w.usager.id}/orientations/${id}` && e.by === "Camille Test")).toBe(true);
    expect(JSON.stringify(events)).not.toContain("sage-femme");
    // The dossier history does not list orientations until the lead registers the source.
    expect(Array.isArray(await getUsagerTimeline(w.actors.RESPONSABLE, w.usager.id))).toBe(true);
  });
});
