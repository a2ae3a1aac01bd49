// Drafts of long forms (decision 0067): the author's only, deleted by the save of the form, by
// the 30-day purge and by anonymisation; real database, real actions.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { discardDraftAction, saveDraftAction } from "@/lib/actions/drafts";
import { createEntretienAction } from "@/lib/actions/entretiens";
import { getOwnDraft } from "@/lib/domain/drafts/queries";
import { purgeOldDrafts } from "@/lib/domain/drafts/jobs";
import { anonymiseDossier } from "@/lib/domain/dossier/anonymise";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { JOBS } from "@/lib/jobs/registry";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

const draft = (usagerId: string, text: string, form = "entretien") =>
  ({ usagerId, form, values: form === "entretien" ? { resume: text, objets: ["BUDGET"] } : { conclusion: text, domaines: [{ domaine: "BUDGET", situation: text }] } });

describe("drafts", () => {
  it("are read by their author only: not by a colleague, the responsable or another structure", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect((await saveDraftAction(draft(usager.id, "Premier jet"))).ok).toBe(true);
    expect((await saveDraftAction(draft(usager.id, "Premier jet, complété"))).ok).toBe(true);
    expect(await db.draft.count()).toBe(1);
    expect((await getOwnDraft(w.actors.TRAVAILLEUR_SOCIAL, usager.id, "entretien"))?.values).toEqual({ resume: "Premier jet, complété", objets: ["BUDGET"] });
    for (const other of [w.actors.TS2, w.actors.RESPONSABLE, w.actors.ADMIN, w.actors.AGENT, w.actors.OTHER_TS]) {
      expect(await getOwnDraft(other, usager.id, "entretien")).toBeNull();
    }
    // A colleague's own draft of the same form is a separate row, and deleting theirs leaves mine.
    actAs(w.actors.TS2);
    expect((await saveDraftAction(draft(usager.id, "Le mien"))).ok).toBe(true);
    expect((await discardDraftAction({ usagerId: usager.id, form: "entretien" })).ok).toBe(true);
    expect((await getOwnDraft(w.actors.TRAVAILLEUR_SOCIAL, usager.id, "entretien"))?.values).toMatchObject({ resume: "Premier jet, complété" });
  });

  it("cannot be kept on a dossier the actor may not write in", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    for (const actor of [w.actors.AGENT, w.actors.ADMIN, w.actors.OTHER_TS]) {
      actAs(actor);
      const result = await saveDraftAction(draft(usager.id, "Texte"));
      expect(result.ok).toBe(false);
    }
    await db.usager.update({ where: { id: usager.id }, data: { status: "ARCHIVE" } });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const archived = await saveDraftAction(draft(usager.id, "Texte"));
    expect(archived.ok ? "" : archived.formError).toMatch(/archivé/);
    expect(await db.draft.count()).toBe(0);
  });

  it("refuses fields that are not the form's, with a French message on the values", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const result = await saveDraftAction({ usagerId: usager.id, form: "entretien", values: { conclusion: "du diagnostic" } });
    expect(result.ok ? null : result.fieldErrors.values).toMatch(/champ inconnu/);
  });

  it("is deleted when the form is saved, the author's only", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TS2);
    await saveDraftAction(draft(usager.id, "Celui du collègue"));
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await saveDraftAction(draft(usager.id, "Compte rendu"));
    await saveDraftAction(draft(usager.id, "Diagnostic en cours", "diagnostic"));
    const saved = await createEntretienAction({
      usagerId: usager.id, date: dateToParisLocal(new Date(Date.now() - 3600_000)), dureeMinutes: "30", canal: "BUREAU", objets: ["BUDGET"],
      objetPrecision: "", resume: "Compte rendu", noteConfidentielle: "", suites: "", rappelLe: "", accompagnementId: "",
    });
    expect(saved.ok).toBe(true);
    expect(await getOwnDraft(w.actors.TRAVAILLEUR_SOCIAL, usager.id, "entretien")).toBeNull();
    expect(await getOwnDraft(w.actors.TRAVAILLEUR_SOCIAL, usager.id, "diagnostic")).not.toBeNull();
    expect(await getOwnDraft(w.actors.TS2, usager.id, "entretien")).not.toBeNull();
  });

  it("is purged after 30 days without a change by the scheduled job", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await saveDraftAction(draft(usager.id, "Ancien"));
    await saveDraftAction(draft(usager.id, "Récent", "diagnostic"));
    await db.$executeRaw`UPDATE "Draft" SET "updatedAt" = now() - interval '31 days' WHERE form = 'entretien'`;
    expect(JOBS.some((j) => j.name === "brouillons-purge")).toBe(true);
    expect(await purgeOldDrafts(new Date())).toEqual({ deleted: 1 });
    expect((await db.draft.findMany()).map((d) => d.form)).toEqual(["diagnostic"]);
  });

  it("is deleted by the anonymisation of the dossier", async () => {
    const w = await makeWorld();
    const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    await saveDraftAction(draft(usager.id, "Texte sur la personne"));
    await db.$transaction((tx) => anonymiseDossier(tx, { usagerId: usager.id, structureId: w.a.id }, { now: new Date(), actor: w.actors.RESPONSABLE, mode: "manuel" }));
    expect(await db.draft.count()).toBe(0);
  });
});
