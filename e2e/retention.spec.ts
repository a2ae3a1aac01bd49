// Retention (issue #8): a responsable reviews the dossiers without contact for two years,
// previews what anonymisation removes, confirms it, and the dossier loses its identity while
// its entretien still counts. A TS downloads the information notice and records its handover.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { query } from "./helpers/db";
import { extractPdfText } from "../tests/helpers/orientation-pdf-text";
import { gotoReady } from "./helpers/navigation";

test.describe.configure({ mode: "serial" });

const stamp = Date.now() % 1_000_000;
const NOM = `Oubliet${stamp}`;
const PRENOM = "Marcelle";
const RESUME = `Resume-confidentiel-${stamp}`;

async function as(browser: Browser, email: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}

async function makeDossier(nom: string, yearsAgo: number) {
  const [u] = await query<{ id: string; structureId: string }>(
    `INSERT INTO "Usager" (id, "structureId", "numeroDossier", nom, prenom, "dateNaissance", "searchName", "createdAt", "updatedAt", "lastContactAt")
     SELECT gen_random_uuid(), id, $1, $2, $3, '1950-05-05', lower($2 || ' ' || $3), now() - make_interval(years => $4), now(), now() - make_interval(years => $4)
     FROM "Structure" WHERE name = 'CCAS de Démo' RETURNING id, "structureId"`,
    [`E2E-${nom}`, nom, PRENOM, yearsAgo],
  );
  await query(
    `INSERT INTO "Entretien" (id, "structureId", "usagerId", "authorId", date, "dureeMinutes", canal, objets, resume)
     SELECT gen_random_uuid(), $1, $2, id, now() - make_interval(years => $3), 30, 'BUREAU', ARRAY['BUDGET']::"DomaineSocial"[], $4
     FROM "User" WHERE email = 'ts@demo.passerelle.fr'`,
    [u!.structureId, u!.id, yearsAgo, RESUME],
  );
  return u!.id;
}

test("a responsable reviews the dossiers without contact, previews and confirms an anonymisation", async ({ browser }) => {
  const usagerId = await makeDossier(NOM, 3);
  const { context, page } = await as(browser, "responsable@demo.passerelle.fr");
  await gotoReady(page, "/parametres");
  await expect(page.getByRole("heading", { name: "Conservation des données" })).toBeVisible();
  await expect(page.getByLabel("Dossiers sans contact avant anonymisation (mois)")).toHaveValue("24");
  await page.getByRole("link", { name: "listés pour revue" }).click();

  await expect(page.getByRole("heading", { name: "Conservation des dossiers" })).toBeVisible();
  await page.getByRole("button", { name: "Actualiser la liste" }).click();
  await expect(page.getByText(/Liste actualisée/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: NOM });
  await expect(row).toBeVisible();

  await row.getByRole("link", { name: /Voir l'aperçu/ }).click();
  await expect(page.getByRole("heading", { name: `Aperçu de l'anonymisation : ${NOM} ${PRENOM}` })).toBeVisible();
  await expect(page.getByRole("row", { name: /Entretiens 1 résumés/ })).toBeVisible();
  await expect(page.getByText("date de naissance réduite à l'année (1950)")).toBeVisible();

  // Not without the explicit confirmation.
  await page.getByRole("button", { name: "Confirmer l'anonymisation" }).click();
  await expect(page.getByText("Cochez la case pour confirmer l'anonymisation.")).toBeVisible();
  await page.getByLabel("J'ai vérifié l'aperçu et je confirme l'anonymisation").check();
  await page.getByRole("button", { name: "Confirmer l'anonymisation" }).click();
  await expect(page).toHaveURL(/\/parametres\/conservation$/);
  await expect(page.getByRole("row").filter({ hasText: NOM })).toHaveCount(0);

  const [u] = await query<{ nom: string; anonymiseLe: Date | null }>(`SELECT nom, "anonymiseLe" FROM "Usager" WHERE id = $1`, [usagerId]);
  expect(u!.nom).toBe("ANONYMISÉ");
  expect(u!.anonymiseLe).not.toBeNull();
  const entretiens = await query<{ resume: string }>(`SELECT resume FROM "Entretien" WHERE "usagerId" = $1`, [usagerId]);
  expect(entretiens.map((e) => e.resume)).toEqual(["[anonymisé]"]);

  await gotoReady(page, "/admin/taches");
  await expect(page.getByRole("heading", { name: "Tâches planifiées" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "dossiers-sans-contact" }).first()).toBeVisible();
  await context.close();
});

test("a TS gets no retention page, downloads the information notice and records its handover", async ({ browser }) => {
  const usagerId = await makeDossier(`Notice${stamp}`, 0);
  const { context, page } = await as(browser, "ts@demo.passerelle.fr");
  const denied = await gotoReady(page, "/parametres/conservation");
  expect(denied?.status()).toBe(404);

  await gotoReady(page, `/usagers/${usagerId}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Notice d'information (PDF)" }).click()]);
  const text = extractPdfText(await readFile((await download.path())!)).replace(/\s+/g, " ");
  expect(text).toContain("Commission nationale de l'informatique et des libertés (CNIL)");
  expect(text).toContain("puis 24 mois après le dernier contact");

  await page.getByLabel("Notice remise le").fill("2026-01-15");
  await page.getByRole("button", { name: "Enregistrer la remise" }).click();
  await expect(page.getByText("Notice d'information sur le traitement des données remise le 15/01/2026.")).toBeVisible();
  await context.close();
});
