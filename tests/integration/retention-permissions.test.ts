// Retention review, settings, job history and the information notice, per role: AGENT,
// TRAVAILLEUR_SOCIAL, RESPONSABLE, ADMIN, and the same roles of another structure. Refusals are
// 404s that change nothing; bad input comes back as a French message on the right field.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { confirmAnonymisationAction, refreshRetentionReviewAction } from "@/lib/actions/retention";
import { updateRetentionSettingsAction } from "@/lib/actions/settings";
import { recordNoticeGivenAction } from "@/lib/actions/rgpd";
import { GET as noticeRoute } from "@/app/api/usagers/[id]/notice/route";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { listJobRuns } from "@/lib/domain/jobs/history";
import { listRetentionReview, previewAnonymisation } from "@/lib/domain/retention/queries";
import { reviewInactiveDossiers } from "@/lib/domain/retention/jobs";
import { ANONYMISED_NOM } from "@/lib/domain/shared/anonymised";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { actorOf, makeUser, makeWorld } from "../helpers/factories";
import { extractPdfText } from "../helpers/orientation-pdf-text";
import { SECRETS, databaseText, makeOldDossier } from "./retention-fixtures";

beforeEach(resetDb);

const NOT_FOUND = "Élément introuvable ou inaccessible.";
type Who = "AGENT" | "TRAVAILLEUR_SOCIAL" | "RESPONSABLE" | "ADMIN" | "OTHER_TS" | "OTHER_RESPONSABLE";
const WHO: Who[] = ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE", "ADMIN", "OTHER_TS", "OTHER_RESPONSABLE"];

async function setting() {
  const w = await makeWorld();
  const otherResp = actorOf(await makeUser(w.b, "RESPONSABLE"));
  const old = await makeOldDossier(w.a, w.users.ts.id, w.a.sites[0]!.id);
  // Flagged by the nightly job (real clock: the dossier's last contact is in 2024).
  await reviewInactiveDossiers(new Date());
  const actors: Record<Who, Actor> = { ...w.actors, OTHER_RESPONSABLE: otherResp };
  return { w, old, actors };
}

const rejectsNotFound = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(NotFoundError);

describe("retention review", () => {
  it("only the RESPONSABLE of the structure lists and previews flagged dossiers", async () => {
    const { old, actors } = await setting();
    for (const who of WHO) {
      if (who === "RESPONSABLE") {
        const { rows } = await listRetentionReview(actors[who]);
        expect(rows.map((r) => r.usagerId)).toEqual([old.usager.id]);
        const preview = await previewAnonymisation(actors[who], old.usager.id);
        expect(preview.usager.nom).toBe(SECRETS.nom);
        const byLabel = Object.fromEntries(preview.lines.map((l) => [l.label, l.nombre]));
        expect(byLabel).toMatchObject({ Entretiens: 1, "Notes confidentielles": 1, Aides: 1, "Fiches de liaison": 1, Orientations: 1, "Journal d'audit": 3 });
      } else if (who === "OTHER_RESPONSABLE") {
        expect((await listRetentionReview(actors[who])).rows).toEqual([]);
        await rejectsNotFound(previewAnonymisation(actors[who], old.usager.id));
      } else {
        await rejectsNotFound(listRetentionReview(actors[who]));
        await rejectsNotFound(previewAnonymisation(actors[who], old.usager.id));
      }
    }
    await rejectsNotFound(previewAnonymisation(actors.RESPONSABLE, "pas-un-uuid"));
  });

  it("confirming anonymisation: the RESPONSABLE only; refusals and bad input change nothing", async () => {
    const { old, actors } = await setting();
    const before = await databaseText();
    for (const who of WHO.filter((w) => w !== "RESPONSABLE")) {
      actAs(actors[who]);
      const r = await confirmAnonymisationAction({ usagerIds: [old.usager.id], confirme: true });
      expect(r, who).toEqual({ ok: false, formError: NOT_FOUND, fieldErrors: {} });
    }
    actAs(actors.RESPONSABLE);
    const notConfirmed = await confirmAnonymisationAction({ usagerIds: [old.usager.id], confirme: false });
    expect(notConfirmed.ok === false && notConfirmed.fieldErrors.confirme).toBe("Cochez la case pour confirmer l'anonymisation.");
    const empty = await confirmAnonymisationAction({ usagerIds: [], confirme: true });
    expect(empty.ok === false && empty.fieldErrors.usagerIds).toBe("Sélectionnez au moins un dossier.");
    const junk = await confirmAnonymisationAction({ usagerIds: ["1; DROP TABLE \"Usager\""], confirme: true });
    expect(junk.ok === false && junk.fieldErrors["usagerIds.0"]).toBe("Dossier inconnu.");
    expect(await confirmAnonymisationAction("n'importe quoi")).toMatchObject({ ok: false });
    expect(await databaseText()).toBe(before);

    expect(await confirmAnonymisationAction({ usagerIds: [old.usager.id], confirme: true })).toEqual({ ok: true, data: { anonymises: 1 } });
    expect((await db.usager.findUniqueOrThrow({ where: { id: old.usager.id } })).nom).toBe(ANONYMISED_NOM);
    const text = await databaseText();
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(await db.auditLog.findFirst({ where: { action: "usager.anonymise" } })).toMatchObject({ actorId: actors.RESPONSABLE.id, details: { mode: "manuel" } });
    // Twice: the dossier is no longer in the list.
    expect(await confirmAnonymisationAction({ usagerIds: [old.usager.id], confirme: true })).toEqual({ ok: false, formError: NOT_FOUND, fieldErrors: {} });
  });

  it("refuses a dossier whose contact resumed after it was flagged, and anonymises nothing of the selection", async () => {
    const { w, old, actors } = await setting();
    const other = await makeOldDossier(w.a, w.users.ts.id, w.a.sites[0]!.id);
    await reviewInactiveDossiers(new Date());
    await db.usager.update({ where: { id: other.usager.id }, data: { lastContactAt: new Date() } });
    actAs(actors.RESPONSABLE);
    const r = await confirmAnonymisationAction({ usagerIds: [old.usager.id, other.usager.id], confirme: true });
    expect(r).toMatchObject({ ok: false, formError: expect.stringContaining("contact récent") });
    expect(await db.usager.count({ where: { anonymiseLe: { not: null } } })).toBe(0);
  });

  it("refreshing the list: the RESPONSABLE only", async () => {
    const { actors } = await setting();
    await db.retentionFlag.deleteMany();
    for (const who of WHO.filter((w) => w !== "RESPONSABLE" && w !== "OTHER_RESPONSABLE")) {
      actAs(actors[who]);
      expect(await refreshRetentionReviewAction(), who).toEqual({ ok: false, formError: NOT_FOUND, fieldErrors: {} });
    }
    // The other structure's RESPONSABLE refreshes their own list, which does not hold our dossier.
    actAs(actors.OTHER_RESPONSABLE);
    expect(await refreshRetentionReviewAction()).toEqual({ ok: true, data: { signales: 0, retires: 0 } });
    expect(await db.retentionFlag.count()).toBe(0);
    actAs(actors.RESPONSABLE);
    expect(await refreshRetentionReviewAction()).toEqual({ ok: true, data: { signales: 1, retires: 0 } });
    // Only its own structure.
    expect(await db.retentionFlag.count({ where: { structureId: { not: actors.RESPONSABLE.structureId } } })).toBe(0);
  });
});

describe("retention settings", () => {
  it("the RESPONSABLE changes them; others get a 404; bad input names the field", async () => {
    const { w, actors } = await setting();
    const input = { auditConservationMois: "18", inactiviteAnonymisationMois: "36", aidesRefuseesConservationMois: "24", anonymisationAutomatique: true, anonymisationDelaiGraceJours: "45" };
    for (const who of WHO.filter((x) => x !== "RESPONSABLE" && x !== "OTHER_RESPONSABLE")) {
      actAs(actors[who]);
      expect(await updateRetentionSettingsAction(input), who).toEqual({ ok: false, formError: NOT_FOUND, fieldErrors: {} });
    }
    expect(await db.structureSettings.count()).toBe(0);
    actAs(actors.RESPONSABLE);
    const bad = await updateRetentionSettingsAction({ ...input, auditConservationMois: "2", anonymisationDelaiGraceJours: "abc" });
    expect(bad.ok === false && bad.fieldErrors).toEqual({ auditConservationMois: "Journal d'audit : 6 mois au moins.", anonymisationDelaiGraceJours: "Délai : nombre de jours attendu." });
    expect(await db.structureSettings.count()).toBe(0);
    expect(await updateRetentionSettingsAction(input)).toEqual({ ok: true, data: undefined });
    expect(await db.structureSettings.findUniqueOrThrow({ where: { structureId: w.a.id } })).toMatchObject({
      auditConservationMois: 18, inactiviteAnonymisationMois: 36, anonymisationAutomatique: true, anonymisationDelaiGraceJours: 45,
    });
    // A first save keeps the reste-à-vivre defaults.
    expect((await db.structureSettings.findUniqueOrThrow({ where: { structureId: w.a.id } })).chargesRetenues.length).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { action: "settings.retention_update", structureId: w.a.id } })).toBe(1);
  });
});

describe("job history", () => {
  it("RESPONSABLE and ADMIN read it, each seeing only their structure's figures", async () => {
    const { w, actors } = await setting();
    await db.jobRun.create({
      data: { jobName: "journal-audit-purge", scheduledFor: new Date(), outcome: "SUCCES", finishedAt: new Date(),
        summary: { parStructure: { [w.a.id]: { supprimees: 7 }, [w.b.id]: { supprimees: 99 } } } },
    });
    for (const who of WHO) {
      if (["RESPONSABLE", "ADMIN", "OTHER_RESPONSABLE"].includes(who)) {
        const { jobs, history } = await listJobRuns(actors[who]);
        expect(jobs.map((j) => j.name)).toContain("journal-audit-purge");
        expect(history[0]!.resume, who).toEqual([["supprimees", who === "OTHER_RESPONSABLE" ? "99" : "7"]]);
      } else {
        await rejectsNotFound(listJobRuns(actors[who]));
      }
    }
  });
});

describe("information notice", () => {
  const get = (id: string, headers: Record<string, string> = { "sec-fetch-site": "same-origin" }) =>
    noticeRoute(new Request(`http://localhost:3000/api/usagers/${id}/notice`, { headers }), { params: Promise.resolve({ id }) });

  it("TS and RESPONSABLE of the structure download it (audited, no-store); everyone else gets a 404", async () => {
    const { old, actors } = await setting();
    for (const who of WHO) {
      actAs(actors[who]);
      const res = await get(old.usager.id);
      const allowed = who === "TRAVAILLEUR_SOCIAL" || who === "RESPONSABLE";
      expect(res.status, who).toBe(allowed ? 200 : 404);
      expect(res.headers.get("cache-control")).toBe("no-store");
      if (allowed) expect(res.headers.get("content-type")).toBe("application/pdf");
    }
    expect(await db.auditLog.count({ where: { action: "usager.notice", entityId: old.usager.id } })).toBe(2);
    actAs(null);
    expect((await get(old.usager.id)).status).toBe(404);
    actAs(actors.RESPONSABLE);
    expect((await get("../../etc/passwd")).status).toBe(404);
    expect((await get(old.usager.id, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(await db.auditLog.count({ where: { action: "usager.notice" } })).toBe(2);
  });

  it("says who is responsible, why, on which basis, who receives, how long (from the settings), the rights and the CNIL", async () => {
    const { w, old, actors } = await setting();
    await db.structureSettings.create({ data: { structureId: w.a.id, chargesRetenues: [], inactiviteAnonymisationMois: 36, aidesRefuseesConservationMois: 18, auditConservationMois: 12 } });
    actAs(actors.TRAVAILLEUR_SOCIAL);
    const res = await get(old.usager.id);
    const text = extractPdfText(Buffer.from(await res.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toContain(w.a.name);
    expect(text).toContain(`${SECRETS.prenom} ${SECRETS.nom.toUpperCase()}`);
    for (const expected of [
      "Qui est responsable de vos données ?", "Pourquoi ces informations sont-elles enregistrées ?", "mission d'intérêt public",
      "Qui peut les consulter ?", "secret professionnel", "puis 36 mois après le dernier contact", "refusées ou abandonnées : 18 mois",
      "journal des accès à votre dossier : 12 mois", "droit d'accès", "rectification", "Commission nationale de l'informatique et des libertés (CNIL)",
    ]) expect(text, expected).toContain(expected);
  });

  it("recording the date it was given: TS and RESPONSABLE; others 404; a future date is refused on its field", async () => {
    const { old, actors } = await setting();
    for (const who of ["AGENT", "ADMIN", "OTHER_TS", "OTHER_RESPONSABLE"] as const) {
      actAs(actors[who]);
      expect(await recordNoticeGivenAction({ usagerId: old.usager.id, date: "2026-01-15" }), who).toEqual({ ok: false, formError: NOT_FOUND, fieldErrors: {} });
    }
    expect((await db.usager.findUniqueOrThrow({ where: { id: old.usager.id } })).informationDonneeLe).toBeNull();
    actAs(actors.TRAVAILLEUR_SOCIAL);
    const future = await recordNoticeGivenAction({ usagerId: old.usager.id, date: "2999-01-01" });
    expect(future.ok === false && future.fieldErrors.date).toBe("Date de remise : la date ne peut pas être dans le futur.");
    const bad = await recordNoticeGivenAction({ usagerId: "x", date: "32/13/2020" });
    expect(bad.ok === false && Object.keys(bad.fieldErrors).sort()).toEqual(["date", "usagerId"]);
    expect(await recordNoticeGivenAction({ usagerId: old.usager.id, date: "2026-01-15" })).toEqual({ ok: true, data: undefined });
    expect((await db.usager.findUniqueOrThrow({ where: { id: old.usager.id } })).informationDonneeLe?.toISOString().slice(0, 10)).toBe("2026-01-15");
    expect(await db.auditLog.count({ where: { action: "usager.notice_remise", entityId: old.usager.id } })).toBe(1);
  });
});
