// Domiciliation commands on a real database: request, interview, decision, renewal, end, with
// their legal deadlines, the bad inputs (French message on the right field, nothing written),
// and the daily job's 3-month rule driven by a given clock.
import { beforeEach, describe, expect, it } from "vitest";
import { decideDomiciliation, endDomiciliation, linkDomiciliationEntretien, renewDomiciliation, requestDomiciliation } from "@/lib/domain/domiciliation/commands";
import { handOverCourrier, receiveCourrier } from "@/lib/domain/domiciliation/courrier-commands";
import { listDomiciliationWorklists } from "@/lib/domain/domiciliation/queries";
import { flagCourrierToReturn, proposeDomiciliationEnds, runDomiciliationJob } from "@/lib/domain/domiciliation/jobs";
import { ZDomiciliationDecision, ZDomiciliationRequest } from "@/lib/domain/domiciliation/schemas";
import { DomainError } from "@/lib/domain/errors";
import { db, resetDb } from "../helpers/db";
import { day, domiciliationChecksum, domiciliationWorld, grantedDomiciliation, makeDomiciliation } from "./domiciliation-fixtures";

beforeEach(resetDb);

const request = (usagerId: string, patch: Record<string, unknown> = {}) =>
  ZDomiciliationRequest.parse({ usagerId, demandeLe: "2026-03-02", accuseReceptionLe: "2026-03-02", liens: ["SEJOUR"], lienPrecision: "", membresCouverts: [], accompagnementId: "", ...patch });

async function refusal(fn: () => Promise<unknown>) {
  try { await fn(); } catch (e) { if (e instanceof DomainError) return e; throw e; }
  throw new Error("expected a DomainError");
}

describe("request and decision", () => {
  it("records a request, the interview, then grants for one year with the decision due in 2 months", async () => {
    const w = await domiciliationWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const { id } = await requestDomiciliation(ts, request(w.usager.id, { membresCouverts: [w.membre.id], liens: ["SEJOUR", "ENFANTS_SCOLARISES"] }));
    const lists = await listDomiciliationWorklists(ts, new Date("2026-03-20T10:00:00Z"));
    expect(lists.decisionsDue).toHaveLength(1);
    expect(lists.decisionsDue[0]!.dueOn).toEqual(day("2026-05-02"));
    expect(lists.decisionsDue[0]!.overdue).toBe(false);
    expect((await listDomiciliationWorklists(ts, new Date("2026-05-03T10:00:00Z"))).decisionsDue[0]!.overdue).toBe(true);

    let row = await db.domiciliation.findUniqueOrThrow({ where: { id } });
    // Granting without the mandatory interview is refused.
    const noInterview = await refusal(() => decideDomiciliation(ts, ZDomiciliationDecision.parse({ id, updatedAt: row.updatedAt.toISOString(), decision: "ACCORDEE", decisionLe: "2026-03-15", debut: "2026-03-15", motifRefus: "", motifRefusTexte: "" })));
    expect(noInterview.fieldErrors.decision).toMatch(/entretien préalable/);
    await linkDomiciliationEntretien(ts, { id, updatedAt: row.updatedAt.toISOString(), entretienId: w.entretien.id });
    row = await db.domiciliation.findUniqueOrThrow({ where: { id } });
    await decideDomiciliation(ts, ZDomiciliationDecision.parse({ id, updatedAt: row.updatedAt.toISOString(), decision: "ACCORDEE", decisionLe: "2026-03-15", debut: "2026-03-15", motifRefus: "", motifRefusTexte: "" }));
    row = await db.domiciliation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "ACCORDEE", debut: day("2026-03-15"), finValidite: day("2027-03-14"), decideurId: ts.id, entretienId: w.entretien.id });
    const audit = await db.auditLog.findMany({ where: { entityType: "Domiciliation", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["domiciliation.request", "domiciliation.entretien", "domiciliation.decision"]);
  });

  it("refuses bad input with French messages on the right field and writes nothing", async () => {
    const w = await domiciliationWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const noLink = ZDomiciliationRequest.safeParse({ usagerId: w.usager.id, demandeLe: "2026-03-02", accuseReceptionLe: "2026-03-02", liens: [], lienPrecision: "", membresCouverts: [], accompagnementId: "" });
    expect(noLink.success).toBe(false);
    expect(noLink.error!.issues[0]).toMatchObject({ path: ["liens"], message: expect.stringMatching(/lien avec la commune/) });
    const noReason = ZDomiciliationDecision.safeParse({ id: w.usager.id, updatedAt: new Date().toISOString(), decision: "REFUSEE", decisionLe: "2026-03-15", debut: "", motifRefus: "", motifRefusTexte: "" });
    expect(noReason.success).toBe(false);
    expect(noReason.error!.issues.map((i) => i.path[0]).sort()).toEqual(["motifRefus", "motifRefusTexte"]);

    const existing = await grantedDomiciliation(w, "2026-03-10");
    const before = await domiciliationChecksum(w.a.id);
    const second = await refusal(() => requestDomiciliation(ts, request(w.usager.id), new Date("2026-06-01T10:00:00Z")));
    expect(second.fieldErrors.demandeLe).toMatch(/déjà une domiciliation en cours/);
    const endBefore = await refusal(() => endDomiciliation(ts, { id: existing.id, updatedAt: existing.updatedAt.toISOString(), finLe: "2026-03-01", motifFin: "LOGEMENT_STABLE", finPrecision: null }));
    expect(endBefore.fieldErrors.finLe).toMatch(/ne peut pas précéder le début/);
    expect(await domiciliationChecksum(w.a.id)).toBe(before);

    await endDomiciliation(ts, { id: existing.id, updatedAt: existing.updatedAt.toISOString(), finLe: "2026-06-01", motifFin: "LOGEMENT_STABLE", finPrecision: null });
    const courrier = await db.courrierDomiciliation.create({ data: { structureId: w.a.id, domiciliationId: existing.id, recuLe: day("2026-05-20"), expediteurType: "ORGANISME_SOCIAL", enregistreParId: ts.id } });
    const before2 = await domiciliationChecksum(w.a.id);
    const handover = await refusal(() => handOverCourrier(ts, { id: courrier.id, remisLe: "2026-06-02", signatureRecue: true }));
    expect(handover.fieldErrors.remisLe).toMatch(/terminée ou expirée/);
    expect(await domiciliationChecksum(w.a.id)).toBe(before2);
    // Once ended, a new request is possible again.
    await expect(requestDomiciliation(ts, request(w.usager.id, { demandeLe: "2026-07-01", accuseReceptionLe: "2026-07-01" }))).resolves.toBeTruthy();
  });

  it("refuses with a coded and written reason", async () => {
    const w = await domiciliationWorld();
    const d = await makeDomiciliation(w);
    await decideDomiciliation(w.actors.RESPONSABLE, ZDomiciliationDecision.parse({ id: d.id, updatedAt: d.updatedAt.toISOString(), decision: "REFUSEE", decisionLe: "2026-03-20", debut: "", motifRefus: "ABSENCE_LIEN_COMMUNE", motifRefusTexte: "Aucun lien établi avec Lille." }));
    expect(await db.domiciliation.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "REFUSEE", motifRefus: "ABSENCE_LIEN_COMMUNE", debut: null });
  });
});

describe("validity and renewal", () => {
  it("lists domiciliations expiring in the next 30 days and renews without a gap", async () => {
    const w = await domiciliationWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const d = await grantedDomiciliation(w, "2025-12-01"); // valid until 30/11/2026
    const autre = await db.usager.create({ data: { structureId: w.a.id, numeroDossier: "2026-999001", nom: "Dupont", prenom: "Amélie", dateNaissance: day("1990-01-01"), searchName: "dupont amelie" } });
    await grantedDomiciliation(w, "2026-02-01", { usagerId: autre.id, entretienId: null }); // valid until 31/01/2027
    const now = new Date("2026-11-05T10:00:00Z");
    let lists = await listDomiciliationWorklists(ts, now);
    expect(lists.expiring.map((x) => x.id)).toEqual([d.id]);
    expect(lists.enVigueur).toBe(2);
    expect((await listDomiciliationWorklists(ts, new Date("2026-10-30T10:00:00Z"))).expiring).toHaveLength(0);
    await renewDomiciliation(ts, { id: d.id, updatedAt: d.updatedAt.toISOString(), renouveleeLe: "2026-11-05" });
    const row = await db.domiciliation.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ finValidite: day("2027-11-30"), renouvellements: 1, renouveleeLe: day("2026-11-05") });
    lists = await listDomiciliationWorklists(ts, now);
    expect(lists.expiring).toHaveLength(0);
  });
});

describe("the 3-month rule and the return-to-sender delay (daily job, controlled clock)", () => {
  it("proposes the end after more than 3 consecutive months without contact; a handing over restarts the count", async () => {
    const w = await domiciliationWorld();
    const d = await grantedDomiciliation(w, "2026-03-10");
    // 10/06 is exactly 3 months: not yet "more than".
    expect(await proposeDomiciliationEnds(new Date("2026-06-10T08:00:00Z"))).toBe(0);
    expect(await proposeDomiciliationEnds(new Date("2026-06-11T08:00:00Z"))).toBe(1);
    // Idempotent: a second run (or a second instance) changes nothing.
    expect(await proposeDomiciliationEnds(new Date("2026-06-11T08:05:00Z"))).toBe(0);
    const proposed = await db.domiciliation.findUniqueOrThrow({ where: { id: d.id } });
    expect(proposed.finProposeeLe).toEqual(new Date("2026-06-11T08:00:00Z"));
    expect(proposed.status).toBe("ACCORDEE");
    expect((await listDomiciliationWorklists(w.actors.TRAVAILLEUR_SOCIAL, new Date("2026-06-11T09:00:00Z"))).endsProposed.map((x) => x.id)).toEqual([d.id]);

    // The person comes for their mail: the proposal goes, the contact counts for the dossier too.
    const c = await receiveCourrier(w.actors.ACCUEIL, { domiciliationId: d.id, recuLe: "2026-06-05", expediteurType: "ORGANISME_SOCIAL", recommande: true }, new Date("2026-06-11T09:00:00Z"));
    await handOverCourrier(w.actors.ACCUEIL, { id: c.id, remisLe: "2026-06-12", signatureRecue: true }, new Date("2026-06-12T09:30:00Z"));
    const after = await db.domiciliation.findUniqueOrThrow({ where: { id: d.id }, include: { usager: true } });
    expect(after.finProposeeLe).toBeNull();
    expect(after.dernierContactLe).toEqual(new Date("2026-06-12T09:30:00Z"));
    expect(after.usager.lastContactAt).toEqual(new Date("2026-06-12T09:30:00Z"));
    expect(await proposeDomiciliationEnds(new Date("2026-09-12T08:00:00Z"))).toBe(0);
    expect(await proposeDomiciliationEnds(new Date("2026-09-13T08:00:00Z"))).toBe(1);
  });

  it("an entretien of the dossier also counts as a contact", async () => {
    const w = await domiciliationWorld();
    await grantedDomiciliation(w, "2026-03-10");
    await db.usager.update({ where: { id: w.usager.id }, data: { lastContactAt: new Date("2026-05-20T09:00:00Z") } });
    expect(await proposeDomiciliationEnds(new Date("2026-06-15T08:00:00Z"))).toBe(0);
    expect(await proposeDomiciliationEnds(new Date("2026-08-21T08:00:00Z"))).toBe(1);
  });

  it("flags mail waiting longer than the structure's delay (15 days by default, or the setting)", async () => {
    const w = await domiciliationWorld();
    const d = await grantedDomiciliation(w, "2026-03-10");
    const mk = (recuLe: string) => db.courrierDomiciliation.create({ data: { structureId: w.a.id, domiciliationId: d.id, recuLe: day(recuLe), expediteurType: "BANQUE_ASSURANCE", enregistreParId: w.users.ts.id } });
    const [old, recent] = await Promise.all([mk("2026-04-01"), mk("2026-04-10")]);
    expect(await flagCourrierToReturn(new Date("2026-04-16T08:00:00Z"))).toBe(1);
    expect((await db.courrierDomiciliation.findUniqueOrThrow({ where: { id: old.id } })).retourProposeLe).not.toBeNull();
    expect((await db.courrierDomiciliation.findUniqueOrThrow({ where: { id: recent.id } })).retourProposeLe).toBeNull();
    await db.structureSettings.create({ data: { structureId: w.a.id, chargesRetenues: [], courrierRetourJours: 5 } });
    expect(await runDomiciliationJob(new Date("2026-04-16T08:00:00Z"))).toEqual({ finsProposees: 0, courriersARetourner: 1 });
    expect(await flagCourrierToReturn(new Date("2026-04-17T08:00:00Z"))).toBe(0);
  });
});

describe("history and retention", () => {
  it("shows in the dossier timeline, and anonymisation removes the free text only", async () => {
    const { getUsagerTimeline } = await import("@/lib/domain/dossier/timeline");
    const { ANONYMISE_STEPS } = await import("@/lib/domain/dossier/anonymise");
    const w = await domiciliationWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const { id } = await requestDomiciliation(ts, request(w.usager.id, { lienPrecision: "Dort sous le pont de la Deûle.", membresCouverts: [w.membre.id] }));
    const timeline = await getUsagerTimeline(ts, w.usager.id, "domiciliation");
    expect(timeline.map((e) => e.title)).toEqual(["Demande de domiciliation enregistrée"]);
    expect(await getUsagerTimeline(w.actors.OTHER_TS, w.usager.id, "domiciliation")).toEqual([]);
    await db.$transaction(async (tx) => {
      for (const step of ANONYMISE_STEPS.filter((s) => s.label.startsWith("Domiciliations"))) await step.run(tx, { usagerId: w.usager.id, structureId: w.a.id });
    });
    expect(await db.domiciliation.findUniqueOrThrow({ where: { id } })).toMatchObject({ lienPrecision: null, membresCouverts: [], liens: ["SEJOUR"], status: "DEMANDEE" });
  });
});
