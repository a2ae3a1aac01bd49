// The plan d'accompagnement and the type-specific parts through their server actions: ids kept
// across saves, progress, debts and reste à vivre after plan, eviction stages, maraude contacts.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  saveBudgetaireAction, saveErranceAction, saveLogementAction, savePlanAction, setPlanActionStatusAction,
} from "@/lib/actions/accompagnements";
import { getAccompagnement, listAccompagnementsForUsager } from "@/lib/domain/accompagnements/queries";
import { planFormValues } from "@/lib/domain/accompagnements/form-values";
import { computeResteAVivreApresPlan } from "@/lib/domain/accompagnements/budget";
import { computeResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";
import { getRavSettings } from "@/lib/domain/settings/structure-settings";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeAccompagnement, suiviChecksum, suiviWorld } from "./accompagnement-fixtures";

beforeEach(resetDb);

const action = (libelle: string, status = "A_FAIRE", echeance = "") => ({ id: "", libelle, echeance, porteur: "La personne", status });

describe("the plan", () => {
  it("creates objectives and actions, keeps their ids on the next save, moves and deletes rows, shows progress", async () => {
    const w = await suiviWorld();
    const acc = await makeAccompagnement(w.usager, w.users.ts.id);
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const first = await savePlanAction({ id: acc.id, version: 1, objectifs: [
      { id: "", libelle: "Ouvrir les droits", actions: [action("Demande de CSS", "FAITE"), action("Demande de prime d'activité"), action("Atelier numérique", "ABANDONNEE")] },
      { id: "", libelle: "Rompre l'isolement", actions: [action("Centre social", "EN_COURS", "2026-12-01")] },
    ] });
    expect(first).toEqual({ ok: true, data: { version: 2 } });
    const saved = (await getAccompagnement(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, acc.id, { audit: false }))!;
    expect(saved.progress).toEqual({ done: 1, total: 3, percent: 33 });
    const values = planFormValues(saved);
    const [droits, isolement] = values.objectifs;
    const css = droits!.actions.find((a) => a.libelle === "Demande de CSS")!;
    // Move "Centre social" to the first objective, drop the second objective and the abandoned action.
    const second = await savePlanAction({ ...values, objectifs: [
      { ...droits!, actions: [...droits!.actions.filter((a) => a.status !== "ABANDONNEE"), { ...isolement!.actions[0]!, status: "FAITE" }] },
    ] });
    expect(second.ok).toBe(true);
    const after = (await getAccompagnement(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, acc.id, { audit: false }))!;
    expect(after.objectifs).toHaveLength(1);
    expect(after.objectifs[0]!.id).toBe(droits!.id);
    expect(after.objectifs[0]!.actions.map((a) => a.id)).toContain(css.id);
    expect(after.objectifs[0]!.actions.map((a) => a.id)).toContain(isolement!.actions[0]!.id);
    expect(after.progress).toEqual({ done: 2, total: 3, percent: 67 });
    expect(await db.planAction.count()).toBe(3);
    const list = await listAccompagnementsForUsager(w.actors.TS2, w.usager.id);
    expect(list[0]!.progress).toEqual({ done: 2, total: 3, percent: 67 });
  });

  it("refuses ids of another plan (or of another structure) and writes nothing", async () => {
    const w = await suiviWorld();
    const acc = await makeAccompagnement(w.usager, w.users.ts.id);
    const other = await makeAccompagnement(w.usager, w.users.ts.id);
    const foreignObjectif = await db.planObjectif.create({ data: { accompagnementId: other.id, libelle: "Autre plan", ordre: 0 } });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const before = await suiviChecksum();
    const r = await savePlanAction({ id: acc.id, version: 1, objectifs: [{ id: foreignObjectif.id, libelle: "Volé", actions: [] }] });
    expect(r).toMatchObject({ ok: false, fieldErrors: { "objectifs.0.libelle": expect.stringContaining("rechargez") } });
    expect(await suiviChecksum()).toBe(before);
  });

  it("changes one action's status quickly, and 404s an action of another accompagnement", async () => {
    const w = await suiviWorld();
    const acc = await makeAccompagnement(w.usager, w.users.ts.id);
    const other = await makeAccompagnement(w.usager, w.users.ts.id);
    const o = await db.planObjectif.create({ data: { accompagnementId: acc.id, libelle: "Budget", ordre: 0, actions: { create: { libelle: "Échéancier", porteur: "La personne" } } }, include: { actions: true } });
    const o2 = await db.planObjectif.create({ data: { accompagnementId: other.id, libelle: "Autre", ordre: 0, actions: { create: { libelle: "Autre", porteur: "La personne" } } }, include: { actions: true } });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    expect(await setPlanActionStatusAction({ id: acc.id, version: 1, actionId: o.actions[0]!.id, status: "FAITE" })).toEqual({ ok: true, data: { version: 2 } });
    expect((await db.planAction.findUniqueOrThrow({ where: { id: o.actions[0]!.id } })).status).toBe("FAITE");
    const before = await suiviChecksum();
    expect(await setPlanActionStatusAction({ id: acc.id, version: 2, actionId: o2.actions[0]!.id, status: "FAITE" })).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
    expect(await setPlanActionStatusAction({ id: acc.id, version: 2, actionId: o.actions[0]!.id, status: "TERMINEE" })).toMatchObject({ ok: false, fieldErrors: { status: expect.any(String) } });
    expect(await suiviChecksum()).toBe(before);
  });
});

describe("budgétaire", () => {
  it("stores debts in cents, the Banque de France status and the reste à vivre after plan", async () => {
    const w = await suiviWorld();
    await db.ligneBudget.createMany({ data: [
      { usagerId: w.usager.id, kind: "RESSOURCE", type: "RSA", montantCents: 120_000 },
      { usagerId: w.usager.id, kind: "CHARGE", type: "LOYER", montantCents: 45_000 },
    ] });
    const acc = await makeAccompagnement(w.usager, w.users.ts.id, { type: "BUDGETAIRE" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await saveBudgetaireAction({ id: acc.id, version: 1, surendettement: "DEPOSE", resteAVivreApresPlan: "-12,50", dettes: [
      { creancier: "EDF", montant: "1 250,40", mensualite: "52,10" }, { creancier: "Cofidis", montant: "3000", mensualite: "100" },
    ] });
    expect(r.ok).toBe(true);
    const saved = (await getAccompagnement(w.actors.RESPONSABLE, w.usager.id, acc.id, { audit: false }))!;
    expect(saved).toMatchObject({ surendettement: "DEPOSE", resteAVivreApresPlanCents: -1_250 });
    expect(saved.dettes.map((d) => [d.creancier, d.montantCents, d.mensualiteCents])).toEqual([["Cofidis", 300_000, 10_000], ["EDF", 125_040, 5_210]]);
    // Before: the dossier's reste à vivre; after: minus the monthly repayments.
    const dossier = (await getUsagerDossier(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, { audit: false }))!;
    const avant = computeResteAVivre([{ dateNaissance: dossier.dateNaissance, lien: "USAGER" }], dossier.budget, await getRavSettings(w.actors.TRAVAILLEUR_SOCIAL));
    expect(avant.disponibleCents).toBe(75_000);
    expect(computeResteAVivreApresPlan(avant, saved.dettes)).toMatchObject({ mensualitesCents: 15_210, disponibleCents: 59_790, parUc: { mensuelCents: 59_790 } });
    // Saving again replaces the list.
    expect((await saveBudgetaireAction({ id: acc.id, version: 2, surendettement: "RECEVABLE", resteAVivreApresPlan: "", dettes: [] })).ok).toBe(true);
    expect(await db.dette.count()).toBe(0);
  });

  it("refuses absurd debts and the wrong type, and writes nothing", async () => {
    const w = await suiviWorld();
    const budget = await makeAccompagnement(w.usager, w.users.ts.id, { type: "BUDGETAIRE" });
    const logement = await makeAccompagnement(w.usager, w.users.ts.id, { type: "LOGEMENT" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const before = await suiviChecksum();
    const bad = await saveBudgetaireAction({ id: budget.id, version: 1, surendettement: "AUCUN", resteAVivreApresPlan: "", dettes: [
      { creancier: "EDF", montant: "-3", mensualite: "1" }, { creancier: "x".repeat(1024 * 1024), montant: "200 000", mensualite: "1" },
    ] });
    expect(bad).toMatchObject({ ok: false, fieldErrors: {
      "dettes.0.montant": expect.stringContaining("négatif"), "dettes.1.creancier": expect.stringContaining("200 caractères"), "dettes.1.montant": expect.stringContaining("100 000 €"),
    } });
    expect(await saveBudgetaireAction({ id: logement.id, version: 1, surendettement: "AUCUN", resteAVivreApresPlan: "", dettes: [] }))
      .toMatchObject({ ok: false, formError: "Ces informations ne concernent que les accompagnements de type « Budgétaire »." });
    expect(await suiviChecksum()).toBe(before);
  });
});

describe("logement and errance", () => {
  it("records arrears, eviction stages in order, FSL and ASLL", async () => {
    const w = await suiviWorld();
    const acc = await makeAccompagnement(w.usager, w.users.ts.id, { type: "LOGEMENT" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await saveLogementAction({ id: acc.id, version: 1, impayes: "2 340,00", impayesMois: "6", numeroUnique: "059 2025 0123456", fslDossier: "FSL maintien déposé", asll: "NON", etapes: [
      { stade: "ASSIGNATION", date: "2026-04-02" }, { stade: "COMMANDEMENT_DE_PAYER", date: "2026-01-15" },
    ] });
    expect(r.ok).toBe(true);
    const saved = (await getAccompagnement(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, acc.id, { audit: false }))!;
    expect(saved).toMatchObject({ impayesCents: 234_000, impayesMois: 6, numeroUnique: "059 2025 0123456", asll: false });
    expect(saved.etapesExpulsion.map((e) => e.stade)).toEqual(["COMMANDEMENT_DE_PAYER", "ASSIGNATION"]);
  });

  it("records the living place, domiciliation, SIAO request and maraude contacts; refuses an end before the start", async () => {
    const w = await suiviWorld();
    const acc = await makeAccompagnement(w.usager, w.users.ts.id, { type: "ERRANCE" });
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const form = { id: acc.id, version: 1, lieuVie: "Tente, berges de la Deûle", domiciliationOrganisme: "CCAS", domiciliationDebut: "2026-02-01", domiciliationFin: "2027-01-31", siaoDemandeLe: "2026-02-03", siaoStatut: "EN_ATTENTE", contactsMaraude: [
      { date: "2026-03-01", lieu: "Gare Lille-Flandres", observations: "Remise d'un duvet." }, { date: "2026-03-15", lieu: "Porte de Douai", observations: "" },
    ] };
    const before = await suiviChecksum();
    expect(await saveErranceAction({ ...form, domiciliationFin: "2026-01-01" })).toMatchObject({ ok: false, fieldErrors: { domiciliationFin: expect.any(String) } });
    expect(await suiviChecksum()).toBe(before);
    expect((await saveErranceAction(form)).ok).toBe(true);
    const saved = (await getAccompagnement(w.actors.TRAVAILLEUR_SOCIAL, w.usager.id, acc.id, { audit: false }))!;
    expect(saved).toMatchObject({ lieuVie: "Tente, berges de la Deûle", siaoStatut: "EN_ATTENTE" });
    expect(saved.contactsMaraude.map((c) => c.lieu)).toEqual(["Porte de Douai", "Gare Lille-Flandres"]);
  });
});
