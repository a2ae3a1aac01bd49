// The retention of signalements (issue 22): the scheduled job deletes reports not linked to a
// dossier after the structure's period (3 months by default) and removes every reporter's data at
// the same term; linked reports follow the dossier: its anonymisation scrubs them, its right of
// access lists them.
import { beforeEach, describe, expect, it } from "vitest";
import { subDays, subMonths } from "date-fns";
import { JOBS } from "@/lib/jobs/registry";
import { purgeSignalements } from "@/lib/domain/signalements/jobs";
import { anonymiseDossier, previewAnonymisationLines } from "@/lib/domain/dossier/anonymise";
import { collectPersonData } from "@/lib/domain/dossier/person-export";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { makeSignalement } from "./signalement-fixtures";

beforeEach(resetDb);

const now = new Date("2026-12-03T03:50:00Z");

describe("signalements: the scheduled purge", () => {
  it("is a registered job", () => {
    expect(JOBS.find((j) => j.name === "signalements-purge")?.cron).toBe("50 3 * * *");
  });

  it("deletes unlinked reports older than 3 months with their history, keeps the younger and the linked ones (their reporter removed)", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Durand", prenom: "Marc" });
    const old = await makeSignalement(w.a, "CLOS", { createdAt: subDays(subMonths(now, 3), 1) });
    const oldOpen = await makeSignalement(w.a, "NOUVEAU", { createdAt: subDays(subMonths(now, 3), 1) });
    const young = await makeSignalement(w.a, "NOUVEAU", { createdAt: subDays(subMonths(now, 3), -1) });
    const linked = await makeSignalement(w.a, "LIE", { createdAt: subMonths(now, 8) });
    await db.signalement.update({ where: { id: linked.id }, data: { usagerId: usager.id } });
    const first = await purgeSignalements(now);
    expect(first.parStructure[w.a.id]).toEqual({ supprimes: 2, signaleursEffaces: 1 });
    expect((await db.signalement.findMany({ select: { id: true } })).map((s) => s.id).sort()).toEqual([young.id, linked.id].sort());
    expect(await db.signalementEvent.count({ where: { signalementId: { in: [old.id, oldOpen.id] } } })).toBe(0);
    expect(await db.signalement.findUniqueOrThrow({ where: { id: linked.id } })).toMatchObject({ reporterEmail: null, reporterNom: null, reporterTelephone: null, personne: linked.personne });
    expect((await db.signalement.findUniqueOrThrow({ where: { id: young.id } })).reporterEmail).not.toBeNull();
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "signalement.purge" } })).toMatchObject({ structureId: w.a.id, actorId: null });
    // Idempotent: the second run finds nothing.
    expect((await purgeSignalements(now)).parStructure[w.a.id]).toEqual({ supprimes: 0, signaleursEffaces: 0 });
  });

  it("uses each structure's own period", async () => {
    const w = await makeWorld();
    await db.structureSettings.create({ data: { structureId: w.a.id, chargesRetenues: [], signalementConservationMois: 1 } });
    const a = await makeSignalement(w.a, "NOUVEAU", { createdAt: subMonths(now, 2) });
    const b = await makeSignalement(w.b, "NOUVEAU", { createdAt: subMonths(now, 2) });
    await purgeSignalements(now);
    expect(await db.signalement.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await db.signalement.findUnique({ where: { id: b.id } })).not.toBeNull();
  });
});

describe("signalements linked to a dossier follow it", () => {
  it("anonymising the dossier scrubs the report (dates and statuses stay), and the preview announces it", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Durand", prenom: "Marc" });
    const s = await makeSignalement(w.a, "LIE");
    await db.signalement.update({ where: { id: s.id }, data: { usagerId: usager.id, quartier: "Fives" } });
    await db.signalementEvent.create({ data: { signalementId: s.id, status: "RENCONTREE", note: "Il accepte de venir au CCAS" } });
    const target = { usagerId: usager.id, structureId: w.a.id };
    const preview = await db.$transaction((tx) => previewAnonymisationLines(tx, target, { dateNaissance: null }));
    expect(preview.find((l) => l.label === "Signalements de la maraude")?.nombre).toBe(1);
    expect(await db.$transaction((tx) => anonymiseDossier(tx, target, { now, actor: null, mode: "automatique" }))).toBe(true);
    const after = await db.signalement.findUniqueOrThrow({ where: { id: s.id }, include: { events: true } });
    expect(after).toMatchObject({ personne: ANONYMISED_TEXT, lieu: ANONYMISED_TEXT, situation: ANONYMISED_TEXT, quartier: null, reporterEmail: null, status: "LIE", commune: "Lille" });
    expect(after.events.every((e) => e.note === null)).toBe(true);
  });

  it("the right-of-access export lists the reports about the person; deleting the dossier deletes them", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Durand", prenom: "Marc" });
    const s = await makeSignalement(w.a, "LIE");
    await db.signalement.update({ where: { id: s.id }, data: { usagerId: usager.id } });
    const data = await collectPersonData(w.actors.RESPONSABLE, usager.id);
    const section = data?.sections.find((x) => x.titre === "Signalements de la maraude");
    expect(section?.sousSections?.[0]?.titre).toContain(s.reference);
    expect(JSON.stringify(section)).toContain("Parvis de la gare");
    await db.usager.delete({ where: { id: usager.id } });
    expect(await db.signalement.count()).toBe(0);
  });
});
