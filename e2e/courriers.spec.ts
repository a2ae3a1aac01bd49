// Courriers (issue #21): the responsable uploads a template of the structure (an unknown
// placeholder is refused first, in French, naming it), previews it on a dossier, then a
// travailleuse sociale generates it from an aid and finds it among the dossier's pièces jointes;
// she also prints the built-in refusal notice and finds its appeal paragraph in the PDF.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { gotoReady } from "./helpers/navigation";
import { wordTemplate } from "../tests/fixtures/docx-templates";
import { pdfText } from "../tests/helpers/pdf-text";

test.describe.configure({ mode: "serial" });

const stamp = Date.now() % 1_000_000;
const NOM = `Réponse aide ${stamp}`;
const TEMPLATE = [
  "{lieuDate}", "{usager.nomComplet}", "Objet : votre demande « {aide.type} » du {aide.demandeLe}",
  "{#aide.accordee}Une aide de {aide.montantAccorde} vous est accordée.{/aide.accordee}{^aide.accordee}Décision : {aide.statut}. {aide.motif}{/aide.accordee}",
  "{#foyer}Membre du foyer : {prenom} {nom}{/foyer}", "{signataire.nom}",
];
let target: { aideId: string; usagerId: string; numeroDossier: string; nom: string; prenom: string };

async function as(browser: Browser, email: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}

test.beforeAll(async () => {
  // A refused aid of the demo structure: it has a decision to write to.
  const rows = await query<{ aideId: string; usagerId: string; numeroDossier: string; nom: string; prenom: string }>(
    `SELECT a.id AS "aideId", u.id AS "usagerId", u."numeroDossier", u.nom, u.prenom FROM "Aide" a JOIN "Usager" u ON u.id = a."usagerId"
     JOIN "Structure" s ON s.id = a."structureId" WHERE s.name = 'CCAS de Démo' AND a.status = 'REFUSEE' AND u.status <> 'ARCHIVE' AND a."motifRefus" IS NOT NULL
     ORDER BY a."demandeLe" DESC LIMIT 1`,
  );
  target = rows[0]!;
  expect(target, "une aide refusée dans les données de démonstration").toBeTruthy();
});

test("the responsable uploads a template (an unknown placeholder is refused first) and previews it on a dossier", async ({ browser }) => {
  const { context, page } = await as(browser, "responsable@demo.passerelle.fr");
  await gotoReady(page, "/parametres/courriers");
  await page.getByRole("link", { name: "Déposer un modèle" }).click();
  await expect(page.getByRole("heading", { name: "Nouveau modèle de courrier" })).toBeVisible();
  const form = page.getByRole("form", { name: "Nouveau modèle" });
  await form.getByLabel("Nom du modèle").fill(NOM);
  await form.getByLabel("Se génère depuis").selectOption({ label: "Aide facultative" });
  await form.getByLabel("Fichier du modèle (.docx)").setInputFiles({ name: "reponse.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: wordTemplate(["Bonjour {usager.nomm}"], { split: true }) });
  await form.getByRole("button", { name: "Déposer le modèle" }).click();
  await expect(form.getByRole("alert")).toContainText("Le modèle n'a pas été enregistré");
  await expect(form.getByText(/Balise inconnue « \{usager\.nomm\} » dans le corps du document/)).toBeVisible();

  await form.getByLabel("Fichier du modèle (.docx)").setInputFiles({ name: "reponse.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: wordTemplate(TEMPLATE, { split: true }) });
  await form.getByRole("button", { name: "Déposer le modèle" }).click();
  await expect(page.getByRole("heading", { name: NOM })).toBeVisible();
  await expect(page.getByText("Version 1 déposée")).toBeVisible();

  await page.getByLabel("Numéro du dossier").fill(target.numeroDossier);
  await page.getByRole("button", { name: "Chercher le dossier" }).click();
  await page.getByLabel(/^Aide facultative de /).selectOption(target.aideId);
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  const preview = page.getByLabel("Texte du courrier prévisualisé");
  await expect(preview).toContainText(`${target.prenom} ${target.nom.toUpperCase()}`);
  await expect(preview).toContainText("Décision : Refusée.");
  await context.close();
});

test("a travailleuse sociale generates it from the aid and finds it in the dossier's pièces jointes", async ({ browser }) => {
  const { context, page } = await as(browser, "ts@demo.passerelle.fr");
  await gotoReady(page, `/usagers/${target.usagerId}/aides/${target.aideId}`);
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Courriers", exact: true }) });
  await card.getByLabel("Modèle de la structure").selectOption({ label: NOM });
  await card.getByRole("button", { name: "Générer depuis ce modèle" }).click();
  await expect(card.getByText("Courrier généré et rangé dans les pièces jointes du dossier.")).toBeVisible();
  await expect(card.getByRole("listitem").filter({ hasText: NOM }).first()).toContainText("version 1 du modèle");

  // The built-in refusal notice: its PDF carries the ways and delays of appeal.
  const refus = card.getByRole("form", { name: "Notification de refus d'aide" });
  await refus.getByRole("button", { name: "Générer : Notification de refus d'aide" }).click();
  const generated = refus.getByRole("status").filter({ hasText: "Courrier généré" });
  const [download] = await Promise.all([page.waitForEvent("download"), generated.getByRole("link", { name: "Télécharger le PDF" }).click()]);
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain("Voies et délais de recours");
  expect(text).toContain("dans un délai de deux mois");

  await gotoReady(page, `/usagers/${target.usagerId}`);
  const documents = page.locator("section", { has: page.getByRole("heading", { name: "Pièces jointes du dossier" }) });
  await expect(documents.getByRole("cell", { name: new RegExp(`^${NOM} ${target.numeroDossier} .*\\.docx$`) })).toBeVisible();
  await expect(documents.getByRole("cell", { name: new RegExp(`^Notification de refus d'aide ${target.numeroDossier} .*\\.pdf$`) })).toBeVisible();
  await context.close();
});
