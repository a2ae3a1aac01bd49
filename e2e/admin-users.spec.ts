import { expect, test } from "@playwright/test";
import { signIn, signInAndWait } from "./helpers/auth";
import { withSecondFactor } from "./helpers/totp";
import { gotoReady } from "./helpers/navigation";

test("an administrator creates an account; the person signs in and must choose a password", async ({ page, browser }) => {
  const email = `lea.rousseau.${Date.now()}@demo.passerelle.fr`;
  await signInAndWait(page, "admin@demo.passerelle.fr");
  await page.getByRole("link", { name: "Nouveau compte" }).click();
  await page.getByLabel("Prénom").fill("Léa");
  await page.getByLabel("Nom", { exact: true }).fill("Rousseau");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption({ label: "Agent d'accueil" });
  await page.getByLabel("Mot de passe provisoire").fill("trop-court");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText(/Au moins 12 caractères/)).toBeVisible();
  await expect(page.getByText(/doit être rattaché à son site/)).toBeVisible();
  // What was typed is kept.
  await expect(page.getByLabel("Prénom")).toHaveValue("Léa");

  await page.getByLabel("Site de rattachement").selectOption({ label: "Mairie de quartier de Wazemmes" });
  await page.getByLabel("Mot de passe provisoire").fill("Provisoire-Passe-2026");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Léa Rousseau");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signIn(newcomer, email, "Provisoire-Passe-2026");
  await expect(newcomer).toHaveURL(/\/changer-mot-de-passe$/);
  await newcomer.getByLabel("Mot de passe actuel").fill("Provisoire-Passe-2026");
  await newcomer.getByLabel("Nouveau mot de passe", { exact: true }).fill("Mon-Propre-Passe-2026");
  await newcomer.getByLabel("Confirmation du nouveau mot de passe").fill("Mon-Propre-Passe-2026");
  await newcomer.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  // Every role but ADMIN lands on Ma journée (decision 0080).
  await expect(newcomer).toHaveURL(/\/accueil$/);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Ma journée");
  await context.close();
});

test("keyboard only: sign in with Tab and Enter, second-factor code included", async ({ page }) => {
  await gotoReady(page, "/connexion");
  // The e2e server has an OpenID provider configured: its link comes first (issue 20).
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Se connecter avec/ }).first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Adresse e-mail")).toBeFocused();
  await page.keyboard.type("admin@demo.passerelle.fr");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Passerelle-Demo-2026");
  await withSecondFactor("admin@demo.passerelle.fr", async (code) => {
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Code de vérification")).toBeFocused();
    await page.keyboard.type(code!);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/admin\/utilisateurs$/);
  });
});
