// Sign-in through an OpenID Connect provider (issue 20): the run starts a real provider
// (oidc-provider 9, tests/helpers/oidc-provider.mjs) and passes it to the server as
// OIDC_PROVIDERS ("annuaire-test"). A person clicks the button, logs in on the provider's page,
// and lands signed in; sign-out ends the provider's session too and comes back to /connexion.
import { expect, test } from "@playwright/test";
import { createDemoUser, query } from "./helpers/db";
import { DEMO_PASSWORD } from "./helpers/auth";

const enableForDemo = (providers: string[]) =>
  query(
    `INSERT INTO "StructureSettings" ("structureId", "chargesRetenues", "oidcProviders", "updatedAt")
     SELECT id, '{}', $1::text[], now() FROM "Structure" WHERE name = 'CCAS de Démo'
     ON CONFLICT ("structureId") DO UPDATE SET "oidcProviders" = $1::text[]`,
    [providers],
  );

test.describe.configure({ mode: "serial" });

test("a linked account signs in with the provider, then signs out of both", async ({ page }) => {
  await enableForDemo(["annuaire-test"]);
  const email = await createDemoUser("TRAVAILLEUR_SOCIAL", DEMO_PASSWORD);
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Se connecter avec l'annuaire de test" }).click();
  // The provider's own login page (devInteractions): the login is the e-mail.
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("peu-importe");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/accueil/);
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  const rows = await query<{ provider: string }>(`SELECT provider FROM "UserIdentity" i JOIN "User" u ON u.id = i."userId" WHERE u.email = $1`, [email]);
  expect(rows).toEqual([{ provider: "annuaire-test" }]);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  // The provider asks to confirm its logout (oidc-provider's page), then sends back to /connexion.
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await page.goto("/usagers");
  await expect(page).toHaveURL(/\/connexion/);
});

test("an e-mail with no account in Passerelle gets the generic message, no session", async ({ page }) => {
  await enableForDemo(["annuaire-test"]);
  await page.goto("/connexion");
  await page.getByRole("link", { name: "Se connecter avec l'annuaire de test" }).click();
  await page.locator('input[name="login"]').fill(`inconnu-${Date.now()}@ailleurs.fr`);
  await page.locator('input[name="password"]').fill("peu-importe");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/connexion\?erreur=oidc-refus/);
  await expect(page.getByText("Connexion impossible avec ce compte")).toBeVisible();
  // The password form stays below the button.
  await expect(page.getByLabel("Mot de passe")).toBeVisible();
});
