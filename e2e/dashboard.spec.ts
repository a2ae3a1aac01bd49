// A responsable opens the tableau de bord, changes the period, follows a number to the list
// behind it, and downloads a table as XLSX whose content is read back. A TS sees their own
// caseload only; an agent gets a 404.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signInAndWait } from "./helpers/auth";
import { clickNavLink, gotoReady } from "./helpers/navigation";

test("a responsable uses the dashboard: period, drill-down, XLSX download", async ({ page }) => {
  await signInAndWait(page, "responsable@demo.passerelle.fr");
  await clickNavLink(page, "Tableau de bord");
  await expect(page).toHaveURL(/\/tableau-de-bord$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
  for (const title of ["Charge de l'équipe", "Fiches de liaison", "Orientations", "Aides facultatives", "Nouveaux dossiers et dossiers actifs"]) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }

  // The period lands in the URL.
  await page.getByLabel("Période", { exact: true }).selectOption("annee");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/periode=annee/);
  const year = new Date().getFullYear();
  await expect(page.getByText(`du 01/01/${year} au 31/12/${year}`)).toBeVisible();

  // A number of the caseload table leads to the /usagers list with the same count.
  const charge = page.locator('table[data-table="charge"]');
  const link = charge.locator("tbody tr td a").first();
  const shown = Number((await link.innerText()).replace(/\s/g, ""));
  expect(shown).toBeGreaterThan(0);
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/usagers\?referent=/);
  await link.click();
  await expect(page).toHaveURL(/\/usagers\?referent=/);
  await expect(page.getByRole("status").filter({ hasText: /résultat/ }).first()).toHaveText(`${shown} résultat${shown > 1 ? "s" : ""}`);
  await page.goBack();
  await expect(page).toHaveURL(/periode=annee/);

  // An entretiens count leads to the cross-dossier list of those entretiens, with the same total.
  const entretiens = charge.locator('tbody td a[href^="/entretiens?"]').first();
  const counted = Number((await entretiens.innerText()).replace(/\s/g, ""));
  await entretiens.click();
  await expect(page).toHaveURL(/\/entretiens\?auteur=.*du=.*au=/);
  const listed = page.getByRole("status").filter({ hasText: /entretien/ });
  await expect(listed).toHaveText(/^[\d\s\u202f]+ entretiens?$/);
  expect(Number((await listed.innerText()).replace(/\D/g, ""))).toBe(counted);
  await page.goBack();

  // So does a breakdown: the new or active dossiers of an age band, aged on the last day of the year.
  const ages = page.locator('table[data-table="ages"]');
  const band = ages.locator('tbody td a[href*="tranche="]').first();
  const nouveaux = Number((await band.innerText()).replace(/\s/g, ""));
  await band.click();
  await expect(page).toHaveURL(/tranche=.*ageAu=/);
  await expect(page.getByText(`Âge calculé au 31/12/${year}.`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /résultat/ }).first()).toHaveText(`${nouveaux} résultat${nouveaux > 1 ? "s" : ""}`);
  await page.goBack();
  await expect(page).toHaveURL(/periode=annee/);

  // The caseload table as XLSX: the same header and the same rows as on screen.
  const headers = await charge.locator("thead th").allInnerTexts();
  const names = await charge.locator("tbody th").allInnerTexts();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Charge par travailleur social : XLSX" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`tableau-de-bord-charge-${year}-01-01-${year}-12-31.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).getCell(1).value).toBe(`Charge par travailleur social, du 01/01/${year} au 31/12/${year}`);
  expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(headers);
  const sheetNames: unknown[] = [];
  ws.eachRow((row, n) => { if (n > 4) sheetNames.push(row.getCell(1).value); });
  expect(sheetNames).toEqual(names);
  const sheetCount = Number(ws.getRow(5).getCell(2).value);
  const screenCount = Number((await charge.locator("tbody tr").first().locator("td").first().innerText()).replace(/\s/g, ""));
  expect(sheetCount).toBe(screenCount);
});

test("a travailleur social sees their own caseload only, without exports; an agent gets a 404", async ({ page }) => {
  await signInAndWait(page, "ts@demo.passerelle.fr");
  await gotoReady(page, "/tableau-de-bord");
  await expect(page.getByRole("heading", { level: 2, name: "Votre file active" })).toBeVisible();
  await expect(page.locator('table[data-table="charge"] tbody tr')).toHaveCount(1);
  await expect(page.getByRole("link", { name: /: XLSX$/ })).toHaveCount(0);
  expect((await page.request.get("/api/tableau-de-bord/export?table=charge&format=xlsx&periode=annee")).status()).toBe(404);
  expect((await gotoReady(page, "/tableau-de-bord/reattribuer"))?.status()).toBe(404);
  await page.context().clearCookies();
  await signInAndWait(page, "agent@demo.passerelle.fr");
  expect((await gotoReady(page, "/tableau-de-bord"))?.status()).toBe(404);
});
