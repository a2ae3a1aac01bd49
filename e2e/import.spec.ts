// Import (issue 19): the responsable drops a Windows-1252 CSV as Excel France saves it, fixes
// the mapping of a column the import could not guess, reviews the duplicate inside the file,
// commits with the progress bar, downloads the report, then finds an imported person by typing
// her name without accents.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { clickNavLink, gotoReady } from "./helpers/navigation";

const letters = String(Date.now() % 1_000_000).replace(/\d/g, (d) => "abcdefghij"[Number(d)]!);
const NOM = `Lefèvre${letters}`;

test("import a CCAS's CSV: mapping, duplicates, progress, report, search without accents", async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInAndWait(page, "responsable@demo.passerelle.fr");
  await gotoReady(page, "/parametres");
  await page.getByRole("link", { name: "Importer des dossiers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer des dossiers");

  const csv = [
    "NOM;Prénom;Né(e) le;Joignable au;Quartier",
    `${NOM};Hélène;14/03/1985;612345678;Fives`,
    `${NOM}-Dupré;Éloïse;02/07/91;0320000000;Moulins`,
    `${NOM};Hélène;14/03/1985;;Fives`,
  ].join("\r\n");
  await page.getByLabel("Fichier des dossiers (CSV ou Excel .xlsx)").setInputFiles({ name: "usagers-2023.csv", mimeType: "text/csv", buffer: iconv.encode(csv, "win1252") });
  await page.getByRole("button", { name: "Lire le fichier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import : usagers-2023.csv");

  // "Joignable au" is not a header the import knows: the responsable maps it herself.
  await expect(page.getByLabel("Né(e) le")).toHaveValue("dateNaissance");
  await expect(page.getByLabel("Joignable au")).toHaveValue("");
  await page.getByLabel("Joignable au").selectOption({ label: "Téléphone" });
  await page.getByRole("button", { name: "Vérifier les lignes" }).click();
  await expect(page.getByRole("heading", { name: "2. Aperçu : rien n'est encore enregistré" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Nouveaux dossiers" })).toContainText("2");
  await expect(page.getByRole("listitem").filter({ hasText: "Doublons dans le fichier" })).toContainText("1");
  await expect(page.getByText("Même personne que la ligne 2 du fichier.")).toBeVisible();

  await page.getByRole("button", { name: "Lancer l'import" }).click();
  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rapport" })).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveAttribute("aria-valuenow", "3");
  await expect(page.getByText("3 lignes sur 3 traitées (100 %)")).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  const report = (await readFile((await download.path())!)).toString("utf8");
  expect(report).toContain("Feuille;Ligne;Personne;Groupe;Résultat;N° de dossier;Motif");
  expect(report).toMatch(/4;.*Doublons dans le fichier;Ignoré;.*Même personne que la ligne 2 du fichier\./);

  // Found by typing the name without accents.
  await clickNavLink(page, "Usagers");
  const plain = `lefevre${letters}`;
  await page.getByLabel("Rechercher").fill(plain);
  await expect(page).toHaveURL(/[?&]recherche=/);
  expect(page.url()).not.toContain(plain);
  await expect(page.getByRole("link", { name: new RegExp(`${NOM.toUpperCase()} Hélène`) })).toBeVisible();
  await context.close();
});

test("import a workbook with household and contacts sheets, then the annuaire from its page", async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInAndWait(page, "responsable@demo.passerelle.fr");
  await gotoReady(page, "/parametres/import");

  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Dossiers").addRows([["Identifiant", "Nom", "Prénom", "Date de naissance"], [`E2E-${letters}`, `Foyer${letters}`, "Inès", "12/04/1988"]]);
  wb.addWorksheet("Composition du foyer").addRows([["N° de dossier", "Nom", "Prénom", "Né(e) le", "Lien"], [`E2E-${letters}`, `Foyer${letters}`, "Adam", "01/09/2015", "Fils"]]);
  wb.addWorksheet("Contacts").addRows([["Identifiant", "Date", "Résumé"], [`E2E-${letters}`, "05/11/2025", "Premier accueil, demande de FSL."]]);
  await page.getByLabel("Fichier des dossiers (CSV ou Excel .xlsx)").setInputFiles({ name: "classeur.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await page.getByRole("button", { name: "Lire le fichier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import : classeur.xlsx");
  await page.getByRole("button", { name: "Vérifier les lignes", exact: true }).click();

  // Each other sheet: what it holds, proposed from its name, and its columns.
  await expect(page.getByRole("heading", { name: "Autres feuilles du classeur" })).toBeVisible();
  await expect(page.getByLabel("Contenu de la feuille « Composition du foyer »")).toHaveValue("foyer");
  await expect(page.getByLabel("Contenu de la feuille « Contacts »")).toHaveValue("entretiens");
  await page.getByRole("link", { name: "voir ses lignes" }).first().click();
  await expect(page.getByRole("heading", { name: /Lignes de la feuille « Composition du foyer »/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /Adam \(dossier de la ligne 2\)/ })).toBeVisible();

  await page.getByRole("button", { name: "Lancer l'import" }).click();
  await expect(page.getByRole("heading", { name: "Rapport" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("3 lignes sur 3 traitées (100 %)")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  const report = (await readFile((await download.path())!)).toString("utf8");
  expect(report).toContain("Membre du foyer ajouté.");
  expect(report).toContain("Contact repris comme entretien.");

  // The annuaire, from its own page.
  await gotoReady(page, "/annuaire");
  await page.getByRole("link", { name: "Importer une liste (CSV, Excel)" }).click();
  const list = ["Nom;Organisme;Catégorie;Tél.;Site", `Épicerie ${letters};Secours populaire;Aide alimentaire;320112233;www.example.org`].join("\r\n");
  await page.getByLabel("Liste des partenaires de l'annuaire (CSV ou Excel .xlsx)").setInputFiles({ name: "annuaire.csv", mimeType: "text/csv", buffer: iconv.encode(list, "win1252") });
  await page.getByRole("button", { name: "Lire la liste des partenaires" }).click();
  await expect(page.getByLabel("Catégorie")).toHaveValue("categorie");
  await page.getByRole("button", { name: "Vérifier les lignes" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Nouveaux services" })).toContainText("1");
  await page.getByRole("button", { name: "Lancer l'import" }).click();
  await expect(page.getByRole("heading", { name: "Rapport" })).toBeVisible({ timeout: 30_000 });
  await gotoReady(page, `/annuaire?q=epicerie+${letters}`);
  await expect(page.getByText(`Épicerie ${letters}`).first()).toBeVisible();
  await context.close();
});
