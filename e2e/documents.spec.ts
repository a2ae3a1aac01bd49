// A travailleuse sociale adds pièces jointes to François Lefèvre's dossier: a PDF and a PNG made
// in the test, each with its progress bar; previews the image (inline), downloads the PDF (the
// same bytes), is refused a program disguised as a PDF (French message), renames, deletes and
// restores. An agent d'accueil and a worker of another structure get a 404 on the file.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { tinyPdf, tinyPng, exeBytes } from "../tests/fixtures/documents";
import { searchUsagers } from "./helpers/usagers";

test.describe.configure({ mode: "serial" });

const stamp = Date.now() % 1_000_000;
const PDF_NAME = `Avis d'imposition ${stamp}.pdf`;
const PNG_NAME = `Quittance ${stamp}.png`;
let fileUrl = "";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}

test("a TS uploads with progress, previews, downloads, renames, deletes and restores", async ({ browser }) => {
  const { context, page } = await as(browser, "ts@demo.passerelle.fr");
  await searchUsagers(page, "francois lefevre");
  await page.getByRole("link", { name: /LEFÈVRE François/i }).first().click();
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Pièces jointes du dossier" }) });
  await expect(card).toBeVisible();

  await card.getByLabel("Type de document").selectOption({ label: "Justificatif de ressources" });
  await card.getByLabel("Fichiers").setInputFiles([
    { name: PDF_NAME, mimeType: "application/pdf", buffer: tinyPdf() },
    { name: PNG_NAME, mimeType: "image/png", buffer: tinyPng() },
  ]);
  await card.getByRole("button", { name: "Envoyer" }).click();
  // One progress bar per file, full once the server answered.
  await expect(card.getByRole("progressbar", { name: `Envoi de ${PDF_NAME}` })).toHaveAttribute("value", "1");
  await expect(card.getByRole("progressbar", { name: `Envoi de ${PNG_NAME}` })).toHaveAttribute("value", "1");
  await expect(card.getByText(`${PDF_NAME} : enregistré`)).toBeVisible();
  await expect(card.getByRole("cell", { name: PDF_NAME, exact: true })).toBeVisible();
  await expect(card.getByRole("cell", { name: PNG_NAME, exact: true })).toBeVisible();

  // Preview: the image opens in a new tab; it is sent inline, never cached.
  const [popup] = await Promise.all([page.waitForEvent("popup"), card.getByRole("link", { name: `Aperçu de ${PNG_NAME}` }).click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toContain("apercu=1");
  const shown = await page.request.get(new URL(popup.url()).pathname + "?apercu=1");
  expect(shown.status()).toBe(200);
  expect(shown.headers()["content-type"]).toBe("image/png");
  expect(shown.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(shown.headers()["cache-control"]).toBe("no-store");
  expect((await shown.body()).equals(tinyPng())).toBe(true);
  // Its own CSP is kept (sandboxed, nothing loaded), not replaced by the pages' one.
  expect(shown.headers()["content-security-policy"]).toContain("sandbox");
  expect(shown.headers()["content-security-policy"]).not.toContain("script-src");
  await popup.close();

  // Download: the same bytes, under the same name.
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: `Télécharger ${PDF_NAME}` }).click()]);
  expect(download.suggestedFilename()).toBe(PDF_NAME);
  expect((await readFile((await download.path())!)).equals(tinyPdf())).toBe(true);
  fileUrl = new URL(download.url()).pathname;
  const previewPdf = await page.request.get(`${fileUrl}?apercu=1`);
  expect(previewPdf.headers()["content-disposition"]).toMatch(/^inline;/);

  // A program renamed .pdf is refused by its content, in French; nothing is listed.
  await card.getByLabel("Type de document").selectOption({ label: "Courrier" });
  await card.getByLabel("Fichiers").setInputFiles([{ name: `facture ${stamp}.pdf`, mimeType: "application/pdf", buffer: exeBytes() }]);
  await card.getByRole("button", { name: "Envoyer" }).click();
  await expect(card.getByRole("alert").filter({ hasText: "n'est pas d'un format accepté" })).toBeVisible();
  await expect(card.getByRole("cell", { name: `facture ${stamp}.pdf`, exact: true })).toHaveCount(0);

  // Rename, delete, restore.
  await card.getByRole("button", { name: `Renommer ${PNG_NAME}` }).click();
  await card.getByLabel("Nouveau nom").fill(`Quittance octobre ${stamp}`);
  await card.getByRole("button", { name: "Enregistrer le nom" }).click();
  await expect(card.getByRole("cell", { name: `Quittance octobre ${stamp}.png`, exact: true })).toBeVisible();
  await card.getByRole("button", { name: `Supprimer Quittance octobre ${stamp}.png` }).click();
  await expect(card.getByRole("cell", { name: `Quittance octobre ${stamp}.png`, exact: true })).toHaveCount(0);
  await card.getByText(/Pièces jointes supprimées/).click();
  await card.getByRole("button", { name: `Restaurer Quittance octobre ${stamp}.png` }).click();
  await expect(card.getByRole("cell", { name: `Quittance octobre ${stamp}.png`, exact: true })).toBeVisible();
  await context.close();
});

test("a 12 MB scan arrives whole (above the proxy's default 10 MB body cut)", async ({ browser }) => {
  const { context, page } = await as(browser, "ts@demo.passerelle.fr");
  await searchUsagers(page, "francois lefevre");
  await page.getByRole("link", { name: /LEFÈVRE François/i }).first().click();
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Pièces jointes du dossier" }) });
  const big = Buffer.concat([tinyPdf(), Buffer.alloc(12 * 1024 * 1024, 0x20)]);
  const name = `Jugement ${stamp}.pdf`;
  await card.getByLabel("Type de document").selectOption({ label: "Jugement" });
  await card.getByLabel("Fichiers").setInputFiles([{ name, mimeType: "application/pdf", buffer: big }]);
  await card.getByRole("button", { name: "Envoyer" }).click();
  await expect(card.getByText(`${name} : enregistré`)).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: `Télécharger ${name}` }).click()]);
  expect((await readFile((await download.path())!)).length).toBe(big.length);
  await context.close();
});

for (const email of ["agent@demo.passerelle.fr", "ts@autre.passerelle.fr"]) {
  test(`${email} gets a 404 on the file`, async ({ browser }) => {
    expect(fileUrl).not.toBe("");
    const { context, page } = await as(browser, email);
    const res = await page.request.get(fileUrl);
    expect(res.status()).toBe(404);
    await context.close();
  });
}
