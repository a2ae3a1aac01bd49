import { expect, type Browser, type Page } from "@playwright/test";
import { withSecondFactor } from "./totp";
import { gotoReady, waitForReady } from "./navigation";

export const DEMO_PASSWORD = "Passerelle-Demo-2026";

/**
 * Signs in through the form. An account with a second factor (every ADMIN: enrolled in the
 * database on first use, see ./totp.ts) gets its code typed in the second step.
 * `secondFactor: false`: only the password step (failure scenarios, the enrolment spec).
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { secondFactor = true } = {}) {
  await gotoReady(page, "/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  if (!secondFactor) {
    await page.getByRole("button", { name: "Se connecter" }).click();
    return;
  }
  await withSecondFactor(email, async (code) => {
    await page.getByRole("button", { name: "Se connecter" }).click();
    if (!code) return;
    await page.getByLabel("Code de vérification").fill(code);
    await page.getByRole("button", { name: "Valider le code" }).click();
    await expect(page).not.toHaveURL(/\/connexion/);
  });
}

export async function signInAndWait(page: Page, email: string, password = DEMO_PASSWORD) {
  await signIn(page, email, password);
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await waitForReady(page);
}

/** A fresh browser context signed in as `email`: for journeys where several people take turns. */
export async function pageAs(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, email);
  return { context, page };
}
