// Issue 18: a person without papers gets a dossier; the date of birth may be unknown or the year only.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { gotoReady } from "./helpers/navigation";

test("a dossier without a birth date, and one with the year only, can be created", async ({ page }) => {
  await signInAndWait(page, "ts@demo.passerelle.fr");
  const stamp = Date.now().toString(36).replace(/\d/g, "").toUpperCase().slice(0, 5) || "ZX";

  await gotoReady(page, "/usagers/nouveau");
  await page.getByLabel("Nom", { exact: true }).fill(`SANSDATE${stamp}`);
  await page.getByLabel("Prénom", { exact: true }).fill("Issa");
  await page.getByLabel("Naissance : ce qui est connu").selectOption({ label: "Inconnue" });
  await expect(page.getByLabel("Date de naissance", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Créer le dossier" }).click();
  await expect(page).toHaveURL(/\/usagers\/[0-9a-f-]{36}/);
  const identity = page.locator("dl.facts").first();
  await expect(identity).toContainText("Inconnue");

  await gotoReady(page, "/usagers/nouveau");
  await page.getByLabel("Nom", { exact: true }).fill(`ANNEE${stamp}`);
  await page.getByLabel("Prénom", { exact: true }).fill("Mariam");
  await page.getByLabel("Naissance : ce qui est connu").selectOption({ label: "Année seulement" });
  await page.getByLabel("Année de naissance").fill("1979");
  await page.getByRole("button", { name: "Créer le dossier" }).click();
  await expect(page).toHaveURL(/\/usagers\/[0-9a-f-]{36}/);
  await expect(page.locator("dl.facts").first()).toContainText("1979 (année seulement)");
});
