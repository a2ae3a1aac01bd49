// The retention jobs with a given clock: audit-log purge, inactive dossiers (flag, automatic
// anonymisation), purge of refused or abandoned aid requests.
import { beforeEach, describe, expect, it } from "vitest";
import { purgeAuditLog, purgeClosedAidRequests, reviewInactiveDossiers } from "@/lib/domain/retention/jobs";
import { ANONYMISED_NOM } from "@/lib/domain/shared/anonymised";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { makeAccompagnement } from "./accompagnement-fixtures";
import { NOW, SECRETS, databaseText, day, makeOldDossier, monthsAgo, rowCounts } from "./retention-fixtures";

beforeEach(resetDb);

describe("audit-log purge", () => {
  it("deletes rows older than each structure's period, keeps recent ones, and the log stays append-only", async () => {
    const w = await makeWorld();
    await db.structureSettings.create({ data: { structureId: w.b.id, chargesRetenues: [], auditConservationMois: 24 } });
    const row = (structureId: string | null, at: Date, action: string) => ({ structureId, at, action, entityType: "Usager" });
    await db.auditLog.createMany({
      data: [
        row(w.a.id, monthsAgo(13), "a.old"), row(w.a.id, monthsAgo(11), "a.recent"),
        row(w.b.id, monthsAgo(13), "b.kept"), row(w.b.id, monthsAgo(25), "b.old"),
        row(null, monthsAgo(13), "null.old"), row(null, monthsAgo(1), "null.recent"),
      ],
    });
    await db.jobRun.createMany({ data: [
      { jobName: "ancienne", scheduledFor: monthsAgo(13), startedAt: monthsAgo(13), outcome: "SUCCES" },
      { jobName: "recente", scheduledFor: monthsAgo(1), startedAt: monthsAgo(1), outcome: "SUCCES" },
    ] });
    const summary = await purgeAuditLog(NOW);
    expect((await db.jobRun.findMany()).map((r) => r.jobName)).toEqual(["recente"]);
    expect(summary.parStructure[w.a.id]).toEqual({ supprimees: 1 });
    expect(summary.parStructure[w.b.id]).toEqual({ supprimees: 1 });
    expect(summary.sansStructure).toBe(1);
    const left = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((r) => r.action);
    expect(left).toEqual(expect.arrayContaining(["a.recent", "b.kept", "null.recent", "audit.purge"]));
    expect(left).not.toEqual(expect.arrayContaining(["a.old"]));
    expect(left.filter((a) => a.endsWith(".old"))).toEqual([]);
    // The purge is audited, with the structure, as a scheduled job.
    const purge = await db.auditLog.findFirstOrThrow({ where: { action: "audit.purge", structureId: w.a.id } });
    expect(purge.details).toMatchObject({ supprimees: 1, par: "tache_planifiee" });

    // Idempotent: a second run finds nothing more.
    expect((await purgeAuditLog(NOW)).parStructure[w.a.id]).toEqual({ supprimees: 0 });

    // Outside the job the trigger still refuses UPDATE and DELETE.
    const recent = await db.auditLog.findFirstOrThrow({ where: { action: "a.recent" } });
    await expect(db.auditLog.update({ where: { id: recent.id }, data: { action: "x" } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({ where: { id: recent.id } })).rejects.toThrow();
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${recent.id}`).rejects.toThrow(/ajout seul/);
    // The anonymisation switch allows only the scrub marker, never another change.
    await expect(db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('passerelle.audit_anonymise', 'on', true)`;
      await tx.$executeRaw`UPDATE "AuditLog" SET action = 'x', details = '{"anonymise": true}'::jsonb WHERE id = ${recent.id}`;
    })).rejects.toThrow(/ajout seul/);
    await expect(db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('passerelle.audit_anonymise', 'on', true)`;
      await tx.$executeRaw`UPDATE "AuditLog" SET details = '{"autre": 1}'::jsonb WHERE id = ${recent.id}`;
    })).rejects.toThrow(/ajout seul/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: recent.id } })).action).toBe("a.recent");
  });
});

describe("inactive dossiers", () => {
  async function world() {
    const w = await makeWorld();
    const site = w.a.sites[0]!.id;
    const old = await makeOldDossier(w.a, w.users.ts.id, site);
    const recent = await makeUsager(w.a, { nom: "Récent", prenom: "Contact", lastContactAt: monthsAgo(3) });
    const openAcc = await makeUsager(w.a, { nom: "Ouvert", prenom: "Accompagnement", lastContactAt: monthsAgo(30), createdAt: monthsAgo(40) });
    await makeAccompagnement(openAcc, w.users.ts.id, { status: "EN_COURS", debut: "2023-01-02" });
    await db.accompagnement.updateMany({ where: { usagerId: openAcc.id }, data: { statusChangedAt: monthsAgo(30) } });
    const foreignOld = await makeUsager(w.b, { nom: "Ailleurs", prenom: "Ancien", lastContactAt: monthsAgo(30), createdAt: monthsAgo(40) });
    return { w, old, recent, openAcc, foreignOld };
  }

  it("flags dossiers without contact for the period, not recent ones nor open accompagnements, and anonymises nothing in manual mode", async () => {
    const { w, old, foreignOld } = await world();
    const before = await databaseText();
    const summary = await reviewInactiveDossiers(NOW);
    expect(summary.parStructure[w.a.id]).toEqual({ signales: 1, retires: 0, anonymises: 0 });
    expect(summary.parStructure[w.b.id]).toEqual({ signales: 1, retires: 0, anonymises: 0 });
    const flags = await db.retentionFlag.findMany({ where: { structureId: w.a.id } });
    expect(flags.map((f) => f.usagerId)).toEqual([old.usager.id]);
    expect(await db.retentionFlag.count({ where: { usagerId: foreignOld.id } })).toBe(1);
    // Manual mode, even years later: still nothing anonymised.
    await reviewInactiveDossiers(monthsAgo(-12));
    expect((await db.usager.findUniqueOrThrow({ where: { id: old.usager.id } })).nom).toBe(SECRETS.nom);
    expect(before).toContain(SECRETS.note);
    // Idempotent.
    expect((await reviewInactiveDossiers(NOW)).parStructure[w.a.id]).toEqual({ signales: 0, retires: 0, anonymises: 0 });
  });

  it("removes the flag when contact resumes", async () => {
    const { w, old } = await world();
    await reviewInactiveDossiers(NOW);
    await db.usager.update({ where: { id: old.usager.id }, data: { lastContactAt: monthsAgo(1) } });
    expect((await reviewInactiveDossiers(NOW)).parStructure[w.a.id]).toMatchObject({ retires: 1 });
    expect(await db.retentionFlag.count({ where: { usagerId: old.usager.id } })).toBe(0);
  });

  it("in automatic mode, anonymises after the grace period: names and free text gone everywhere, counts kept", async () => {
    const { w, old, recent, foreignOld } = await world();
    await db.structureSettings.create({ data: { structureId: w.a.id, chargesRetenues: [], anonymisationAutomatique: true, anonymisationDelaiGraceJours: 30 } });
    await reviewInactiveDossiers(NOW);
    // Within the grace period: flagged only.
    const tenDaysLater = new Date(NOW.getTime() + 10 * 86_400_000);
    expect((await reviewInactiveDossiers(tenDaysLater)).parStructure[w.a.id]).toMatchObject({ anonymises: 0 });
    const counts = await rowCounts();
    const later = new Date(NOW.getTime() + 31 * 86_400_000);
    const summary = await reviewInactiveDossiers(later);
    expect(summary.parStructure[w.a.id]).toMatchObject({ anonymises: 1 });
    // Structure B is in manual mode: its old dossier stays as it is.
    expect(summary.parStructure[w.b.id]).toMatchObject({ anonymises: 0 });
    expect((await db.usager.findUniqueOrThrow({ where: { id: foreignOld.id } })).nom).toBe("Ailleurs");

    const text = await databaseText();
    for (const [field, secret] of Object.entries(SECRETS)) expect(text, `${field} encore présent`).not.toContain(secret);
    expect(await rowCounts()).toEqual(counts);

    const u = await db.usager.findUniqueOrThrow({ where: { id: old.usager.id } });
    expect(u).toMatchObject({ nom: ANONYMISED_NOM, telephone: null, email: null, adresse: null, status: "ARCHIVE", commune: "Lille" });
    expect(u.dateNaissance?.toISOString().slice(0, 10)).toBe("1961-01-01");
    expect(u.anonymiseLe?.toISOString()).toBe(later.toISOString());
    // Statistics survive: enums, dates and amounts.
    const aide = await db.aide.findUniqueOrThrow({ where: { id: old.aide.id } });
    expect(aide).toMatchObject({ type: "ENERGIE", status: "ACCORDEE", montantDemandeCents: 30_000, montantAccordeCents: 25_000, objet: null, motifRefus: null });
    expect((await db.accompagnement.findUniqueOrThrow({ where: { id: old.acc.id } })).type).toBe("BUDGETAIRE");
    expect((await db.dette.findFirstOrThrow({ where: { accompagnementId: old.acc.id } })).montantCents).toBe(120_000);
    // Audit: the rows about the dossier stay (who, when) with their details scrubbed, and the
    // anonymisation itself is logged.
    const audit = await db.auditLog.findMany({ where: { OR: [{ entityId: old.usager.id }, { entityId: old.aide.id }, { entityId: old.acc.id }] }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["usager.create", "aide.update", "accompagnement.status", "usager.read", "usager.anonymise"]);
    expect(audit.slice(0, 3).map((a) => a.details)).toEqual([{ anonymise: true }, { anonymise: true }, { anonymise: true }]);
    expect(audit[4]).toMatchObject({ structureId: w.a.id, actorId: null, details: { mode: "automatique", par: "tache_planifiee" } });
    expect(await db.retentionFlag.count({ where: { usagerId: old.usager.id } })).toBe(0);
    // The recent dossier is untouched; a second run changes nothing.
    expect((await db.usager.findUniqueOrThrow({ where: { id: recent.id } })).nom).toBe("Récent");
    expect((await reviewInactiveDossiers(later)).parStructure[w.a.id]).toMatchObject({ anonymises: 0, signales: 0 });
  });

  it("two runs at once anonymise a dossier once", async () => {
    const { w, old } = await world();
    await db.structureSettings.create({ data: { structureId: w.a.id, chargesRetenues: [], anonymisationAutomatique: true, anonymisationDelaiGraceJours: 7 } });
    await reviewInactiveDossiers(NOW);
    const later = new Date(NOW.getTime() + 8 * 86_400_000);
    const [r1, r2] = await Promise.all([reviewInactiveDossiers(later), reviewInactiveDossiers(later)]);
    expect(r1.parStructure[w.a.id]!.anonymises + r2.parStructure[w.a.id]!.anonymises).toBe(1);
    expect(await db.auditLog.count({ where: { action: "usager.anonymise", entityId: old.usager.id } })).toBe(1);
  });
});

describe("refused and abandoned aid requests", () => {
  it("deletes those decided or abandoned before the period, keeps the others", async () => {
    const w = await makeWorld();
    const u = await makeUsager(w.a, { nom: "Durand", prenom: "Aline" });
    const base = { structureId: w.a.id, usagerId: u.id, instructeurId: w.users.ts.id, type: "ALIMENTAIRE" as const, montantDemandeCents: 10_000, demandeLe: day("2023-01-10") };
    const [oldRefused, recentRefused, oldAbandoned, recentAbandoned, oldGranted, oldAjournee] = await Promise.all([
      db.aide.create({ data: { ...base, status: "REFUSEE", decisionLe: monthsAgo(25), motifRefus: "Hors barème" } }),
      db.aide.create({ data: { ...base, status: "REFUSEE", decisionLe: monthsAgo(23) } }),
      db.aide.create({ data: { ...base, status: "ABANDONNEE", updatedAt: monthsAgo(26) } }),
      db.aide.create({ data: { ...base, status: "ABANDONNEE", updatedAt: monthsAgo(2) } }),
      db.aide.create({ data: { ...base, status: "ACCORDEE", decisionLe: monthsAgo(30), montantAccordeCents: 10_000 } }),
      db.aide.create({ data: { ...base, status: "AJOURNEE", decisionLe: monthsAgo(30) } }),
    ]);
    const foreignUsager = await makeUsager(w.b, { nom: "Autre", prenom: "Structure" });
    await db.structureSettings.create({ data: { structureId: w.b.id, chargesRetenues: [], aidesRefuseesConservationMois: 36 } });
    const foreign = await db.aide.create({ data: { ...base, structureId: w.b.id, usagerId: foreignUsager.id, status: "REFUSEE", decisionLe: monthsAgo(25) } });

    const summary = await purgeClosedAidRequests(NOW);
    expect(summary.parStructure[w.a.id]).toEqual({ supprimees: 2 });
    expect(summary.parStructure[w.b.id]).toEqual({ supprimees: 0 });
    const left = (await db.aide.findMany({ select: { id: true } })).map((a) => a.id).sort();
    expect(left).toEqual([recentRefused.id, recentAbandoned.id, oldGranted.id, oldAjournee.id, foreign.id].sort());
    expect(left).not.toContain(oldRefused.id);
    expect(left).not.toContain(oldAbandoned.id);
    expect(await db.auditLog.findFirst({ where: { action: "aide.purge", structureId: w.a.id } })).toMatchObject({ details: { supprimees: 2 } });
    expect((await purgeClosedAidRequests(NOW)).parStructure[w.a.id]).toEqual({ supprimees: 0 });
  });
});
