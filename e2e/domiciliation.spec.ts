// Issue 11's journey: a TS records a domiciliation request (refused first without a link with
// the commune), the mandatory interview, grants it and downloads the attestation (a real PDF with
// the official fields); two mails are logged, and the reception agent of the Maison des
// Solidarités hands one over with the person's signature, without any access to the dossier.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { extractPdfText } from "../tests/helpers/orientation-pdf-text";
import { gotoReady } from "./helpers/navigation";

test.setTimeout(180_000);

test("request, interview, decision with its attestation, mail logged and handed over", async ({ browser }) => {
  const [row] = await query<{ id: string }>(`SELECT u.id FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' AND u.nom = 'Lefèvre' AND u.prenom = 'François'`);
  const dossier = `/usagers/${row!.id}`;
  const ts = await (await browser.newContext()).newPage();
  await signInAndWait(ts, "ts@demo.passerelle.fr");

  // The request, from the dossier
  await gotoReady(ts, dossier);
  await ts.getByRole("link", { name: "Gérer la domiciliation" }).click();
  await expect(ts.getByRole("heading", { name: "Nouvelle demande de domiciliation" })).toBeVisible();
  await ts.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(ts.getByText(/Cochez au moins un lien avec la commune/)).toBeVisible();
  await ts.getByLabel("Séjourne sur la commune").check();
  await ts.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(ts.getByRole("heading", { name: /Demande en cours/ })).toBeVisible();
  await expect(ts.getByText(/À rendre avant le \d{2}\/\d{2}\/\d{4}/)).toBeVisible();

  // The mandatory interview: an entretien of the dossier, linked to the request
  await ts.getByRole("link", { name: "Enregistrer un nouvel entretien" }).click();
  await ts.getByLabel("Logement").check();
  await ts.getByLabel("Compte rendu").fill("Entretien préalable à la domiciliation : dort dans sa voiture près de la gare depuis deux mois.");
  await ts.getByRole("button", { name: "Enregistrer l'entretien" }).click();
  await expect(ts).toHaveURL(new RegExp(`${dossier}#entretien-[0-9a-f-]{36}$`));
  await gotoReady(ts, `${dossier}/domiciliation`);
  await ts.getByRole("button", { name: "Rattacher l'entretien" }).click();
  await expect(ts.getByText(/Rattaché : entretien du/)).toBeVisible();

  // The decision and its attestation
  await ts.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(ts.getByRole("heading", { name: /Domiciliation en vigueur/ })).toBeVisible();
  const [download] = await Promise.all([ts.waitForEvent("download"), ts.getByRole("link", { name: "Télécharger l'attestation (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^domiciliation-attestation-.+\.pdf$/);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = extractPdfText(pdf).replace(/\s+/g, " ");
  for (const expected of ["Attestation d'élection de domicile", "CCAS de Démo", "LEFÈVRE", "François", "Date de début", "Valable jusqu'au"]) expect(text).toContain(expected);

  // Two mails logged by the TS
  await gotoReady(ts, "/courrier");
  for (const expediteur of ["ORGANISME_SOCIAL", "BANQUE_ASSURANCE"]) {
    await ts.getByLabel("Personne domiciliée").selectOption({ label: "LEFÈVRE François" });
    await ts.getByLabel("Type d'expéditeur").selectOption(expediteur);
    if (expediteur === "ORGANISME_SOCIAL") await ts.getByLabel("Lettre recommandée").check();
    await ts.getByRole("button", { name: "Enregistrer le courrier" }).click();
    await expect(ts.getByText("Courrier enregistré pour LEFÈVRE François.")).toBeVisible();
  }
  const person = ts.getByRole("listitem").filter({ has: ts.getByRole("heading", { name: /LEFÈVRE François/ }) });
  await expect(person.getByText("2 en attente")).toBeVisible();

  // The reception agent hands one over: the person signs; no access to the dossier
  const accueil = await (await browser.newContext()).newPage();
  await signInAndWait(accueil, "accueil@demo.passerelle.fr");
  await gotoReady(accueil, "/courrier");
  const form = accueil.getByRole("form", { name: /Remise du courrier LEFÈVRE François/ }).first();
  await form.getByRole("button", { name: "Remettre le courrier" }).click();
  await expect(form.getByText(/La personne doit signer le registre/)).toBeVisible();
  await form.getByLabel("La personne a signé le registre").check();
  await form.getByRole("button", { name: "Remettre le courrier" }).click();
  const entry = accueil.getByRole("listitem").filter({ has: accueil.getByRole("heading", { name: /LEFÈVRE François/ }) });
  await expect(entry.getByText("1 en attente")).toBeVisible();
  await expect(entry.getByText(/signature recueillie/)).toBeVisible();
  expect(await accueil.content()).not.toContain(row!.id);
  expect((await gotoReady(accueil, dossier))?.status()).toBe(404);
  expect((await gotoReady(accueil, "/usagers"))?.status()).toBe(404);
  expect((await gotoReady(accueil, "/domiciliations"))?.status()).toBe(404);

  // The handing over shows in the dossier's history for the TS
  await gotoReady(ts, `${dossier}/domiciliation`);
  await expect(ts.getByText(/remis le .* par Karim Haddad/)).toBeVisible();
});
