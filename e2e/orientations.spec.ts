// A responsable adds a PMI of a Maison des solidarités to the annuaire; a TS orients Amélie Dupont
// to it, downloads the letter (a real PDF with only what was transmitted) and records the answer.
// An AGENT, an ADMIN and a worker of another structure get 404 on the list and on the letter.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { extractPdfText } from "../tests/helpers/orientation-pdf-text";
import { searchUsagers } from "./helpers/usagers";
import { gotoReady } from "./helpers/navigation";

test.describe.configure({ mode: "serial" });

const stamp = Date.now() % 1_000_000;
const SERVICE = `PMI – Maison des solidarités de Falaise ${stamp}`;
let letterUrl = "";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}

test("a responsable adds a PMI with a permanence to the annuaire", async ({ browser }) => {
  const { context, page } = await as(browser, "responsable@demo.passerelle.fr");
  await gotoReady(page, "/annuaire");
  await page.getByRole("link", { name: "Ajouter un service" }).click();
  await page.getByLabel("Nom du service").fill(SERVICE);
  await page.getByLabel("Organisme").fill("Département du Calvados");
  await page.getByLabel("Catégorie").selectOption({ label: "PMI (protection maternelle et infantile)" });
  await page.getByLabel("Adresse", { exact: true }).fill("4 place Guillaume le Conquérant");
  await page.getByLabel("Code postal").fill("14700");
  await page.getByLabel("Commune").fill("Falaise");
  await page.getByLabel("Téléphone").fill("0353013099");
  await page.getByRole("button", { name: "Ajouter une permanence" }).click();
  await page.getByLabel("Lieu").fill("Mairie annexe, place de la Mare, Caen");
  await page.getByLabel("Modalités").fill("sur rendez-vous");
  await page.getByLabel("Fin").fill("08:00");
  await page.getByRole("button", { name: "Ajouter le service" }).click();
  await expect(page.getByText("L'heure de fin doit être après l'heure de début.")).toBeVisible();
  await page.getByLabel("Fin").fill("11:00");
  await page.getByRole("button", { name: "Ajouter le service" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SERVICE);
  await expect(page.getByText("03 53 01 30 99").first()).toBeVisible();

  // Found by typing without accents or capitals.
  await gotoReady(page, "/annuaire");
  await page.getByLabel("Rechercher").fill(`SOLIDARITES falaise ${stamp}`);
  await expect(page).toHaveURL(/q=SOLIDARITES/);
  const card = page.getByRole("article", { name: SERVICE });
  await expect(card).toHaveCount(1);
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(card.getByText("mardi 9h–11h, Mairie annexe, place de la Mare, Caen, sur rendez-vous")).toBeVisible();
  await context.close();
});

test("a TS orients Amélie Dupont to it, downloads the letter and records the acceptance", async ({ browser }) => {
  const { context, page } = await as(browser, "ts@demo.passerelle.fr");
  await searchUsagers(page, "amelie dupont");
  await page.getByRole("link", { name: /DUPONT Amélie/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/DUPONT Amélie/);
  // The dossier's "Orienter la personne" button, or its address while the card is not placed yet.
  const button = page.getByRole("link", { name: "Orienter la personne" });
  if (await button.count()) await button.click();
  else await gotoReady(page, `${new URL(page.url()).pathname}/orientations/nouvelle`);

  await page.getByLabel("Service partenaire").selectOption({ label: `${SERVICE}, Falaise` });
  await page.getByLabel("Motif de l'orientation").fill("Suivi de l'enfant par la puéricultrice après le déménagement de la famille.");
  await page.getByLabel("Composition du foyer").check();
  await page.getByRole("button", { name: "Enregistrer l'orientation" }).click();
  await expect(page.getByText(/Sans l'accord de la personne, pas d'orientation/)).toBeVisible();
  await page.getByLabel(/a donné son accord/).check();
  await page.getByRole("button", { name: "Enregistrer l'orientation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Orientation vers ${SERVICE}`);
  await expect(page.getByRole("heading", { name: "Composition du foyer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ressources et charges" })).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le courrier (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^courrier-orientation-\d{4}-\d{6}-[0-9a-f]{8}\.pdf$/);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = extractPdfText(pdf).replace(/\s+/g, " ");
  for (const s of ["CCAS de Démo", SERVICE, "14700 Falaise", "Amélie DUPONT", "Suivi de l'enfant par la puéricultrice", "Composition du foyer", "a donné son accord le"]) {
    expect(text, s).toContain(s);
  }
  for (const s of ["Ressources et charges", "Total des ressources", "Téléphone :"]) expect(text, s).not.toContain(s);
  letterUrl = new URL((await page.getByRole("link", { name: "Télécharger le courrier (PDF)" }).getAttribute("href"))!, page.url()).pathname;

  await page.getByLabel("Étape suivante").selectOption({ label: "Enregistrer l'accusé de réception" });
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByLabel("Étape suivante")).toContainText("Enregistrer l'acceptation");
  await page.getByLabel("Étape suivante").selectOption({ label: "Enregistrer l'acceptation" });
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  const history = page.getByRole("region", { name: "Historique des statuts" });
  await expect(history.getByText("Acceptée")).toBeVisible();
  await expect(history.getByText("Réception accusée")).toBeVisible();
  await expect(page.getByLabel("Étape suivante")).toContainText("Marquer comme réalisée");

  await gotoReady(page, `/orientations?statut=ACCEPTEE`);
  await expect(page.getByRole("link", { name: /DUPONT Amélie/ }).first()).toBeVisible();
  await context.close();
});

test("an AGENT, an ADMIN and another structure get 404 on /orientations and on the letter", async ({ browser }) => {
  expect(letterUrl).toMatch(/^\/api\/orientations\/[0-9a-f-]{36}\/courrier$/);
  for (const email of ["agent@demo.passerelle.fr", "admin@demo.passerelle.fr", "ts@autre.passerelle.fr"]) {
    const { context, page } = await as(browser, email);
    if (email !== "ts@autre.passerelle.fr") expect((await gotoReady(page, "/orientations"))?.status(), email).toBe(404);
    const letter = await page.request.get(letterUrl);
    expect(letter.status(), email).toBe(404);
    expect(letter.headers()["content-type"]).not.toContain("pdf");
    await context.close();
  }
  // Signed out: 404 as well, never a redirect that would reveal the letter exists.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(letterUrl, { maxRedirects: 0 })).status()).toBe(404);
  await anonymous.close();
});
