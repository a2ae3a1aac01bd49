// Issue 4's journey: a TS runs a diagnostic, opens a budgétaire accompagnement with a plan, logs
// two entretiens (one with a confidential note), records an aid and closes the accompagnement;
// ts2 sees the entretien but never the confidential note, not even in the page's HTML.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";

test.setTimeout(180_000);

test("suivi social of a dossier, confidential note kept from colleagues", async ({ browser }) => {
  const [row] = await query<{ id: string }>(`SELECT u.id FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' AND u.nom = 'N''Diaye' AND u.prenom = 'Aïssatou'`);
  const dossier = `/usagers/${row!.id}`;
  const secret = `Note confidentielle e2e ${Date.now()} : confie une situation de violences`;
  const ts = await (await browser.newContext()).newPage();
  await signInAndWait(ts, "ts@demo.passerelle.fr");

  // Diagnostic
  await gotoReady(ts, dossier);
  await ts.getByRole("link", { name: "Faire le diagnostic" }).click();
  const budget = ts.getByRole("group", { name: "Budget" });
  await budget.getByLabel("Situation").fill("Factures d'énergie impayées depuis trois mois.");
  await budget.getByLabel("Besoins").fill("Plan d'apurement et demande d'aide énergie.");
  await budget.getByLabel("Priorité").selectOption("HAUTE");
  await ts.getByLabel("Prime d'activité").check();
  await ts.getByLabel("Conclusion").fill("Accompagnement budgétaire proposé, accepté par la personne.");
  await ts.getByRole("button", { name: "Enregistrer le diagnostic" }).click();
  await expect(ts.getByRole("heading", { name: /Diagnostic social n° 1/ })).toBeVisible();

  // Budgétaire accompagnement with a plan
  await ts.getByRole("link", { name: "Ouvrir un accompagnement" }).click();
  await ts.getByLabel("Type d'accompagnement").selectOption("BUDGETAIRE");
  await ts.getByLabel(/La personne a donné son accord/).check();
  await ts.getByRole("button", { name: "Ouvrir l'accompagnement" }).click();
  await expect(ts).toHaveURL(/\/accompagnements\/[0-9a-f-]{36}$/);
  const accompagnementUrl = ts.url();
  await ts.getByRole("button", { name: "Modifier le plan" }).click();
  await ts.getByRole("button", { name: "Ajouter un objectif" }).click();
  await ts.getByLabel("Objectif").fill("Résorber la dette d'énergie");
  await ts.getByLabel("Action", { exact: true }).fill("Demander un plan d'apurement au fournisseur");
  await ts.getByLabel("Qui porte l'action").fill("La personne");
  await ts.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(ts.getByText("0 action sur 1 faite")).toBeVisible();

  // Two entretiens, one with a confidential note
  for (const [resume, note] of [["Premier entretien budgétaire : point sur les factures.", ""], ["Second entretien : dossier FSL énergie préparé.", secret]]) {
    await gotoReady(ts, `${dossier}/entretiens/nouveau`);
    await ts.getByLabel("Budget").check();
    await ts.getByLabel("Compte rendu").fill(resume!);
    if (note) await ts.getByLabel("Note confidentielle").fill(note);
    await ts.getByRole("button", { name: "Enregistrer l'entretien" }).click();
    await expect(ts).toHaveURL(new RegExp(`${dossier}#entretien-[0-9a-f-]{36}$`));
    await expect(ts.getByText(resume!).first()).toBeVisible();
  }
  await expect(ts.getByText(secret)).toBeVisible();

  // An aid
  await ts.getByRole("link", { name: "Nouvelle demande d'aide" }).click();
  await ts.getByLabel("Type d'aide").selectOption("ENERGIE");
  await ts.getByLabel("Montant demandé (€)").fill("-4");
  await ts.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(ts.getByText(/ne peut pas être négatif/)).toBeVisible();
  await ts.getByLabel("Montant demandé (€)").fill("180,50");
  await ts.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(ts).toHaveURL(/\/aides\/[0-9a-f-]{36}$/);
  await expect(ts.getByText("180,50 €").first()).toBeVisible();

  // Close the accompagnement
  await gotoReady(ts, accompagnementUrl);
  await ts.getByRole("button", { name: "Clore l'accompagnement" }).click();
  await ts.getByLabel("Motif de clôture").selectOption("OBJECTIFS_ATTEINTS");
  await ts.getByRole("button", { name: "Confirmer la clôture" }).click();
  await expect(ts.getByText("Clos").first()).toBeVisible();

  // A colleague sees the entretiens, never the note
  const ts2 = await (await browser.newContext()).newPage();
  await signInAndWait(ts2, "ts2@demo.passerelle.fr");
  await gotoReady(ts2, dossier);
  await expect(ts2.getByText("Second entretien : dossier FSL énergie préparé.").first()).toBeVisible();
  expect(await ts2.content()).not.toContain("violences");
  const html = await (await ts2.request.get(dossier)).text();
  expect(html).toContain("Second entretien");
  expect(html).not.toContain("violences");
});
