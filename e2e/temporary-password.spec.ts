// Issue 23, finding 3, over HTTP: with a temporary password, a dossier page answers a redirect
// whose body holds nothing of the dossier, its RSC request too, and a route handler 404, until
// the person has chosen their own password.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { createDemoUser, query } from "./helpers/db";

const TEMPORARY = "Essai-Provisoire-2026";

test("a temporary password reaches nothing but the change-password page", async ({ page }) => {
  const email = await createDemoUser("RESPONSABLE", TEMPORARY);
  await query(`UPDATE "User" SET "mustChangePassword" = true WHERE email = $1`, [email]);
  const [usager] = await query<{ id: string }>(
    `SELECT u.id FROM "Usager" u JOIN "Structure" s ON s.id = u."structureId" WHERE s.name = 'CCAS de Démo' AND u.prenom = 'Aïssatou'`,
  );
  await signIn(page, email, TEMPORARY);
  await expect(page).toHaveURL(/\/changer-mot-de-passe$/);

  const html = await page.request.get(`/usagers/${usager!.id}`, { maxRedirects: 0 });
  expect([303, 307]).toContain(html.status());
  expect(html.headers()["location"]).toContain("/changer-mot-de-passe");
  expect(await html.text()).not.toContain("Aïssatou");

  const rsc = await page.request.get(`/usagers/${usager!.id}`, { maxRedirects: 0, headers: { RSC: "1" } });
  expect(await rsc.text()).not.toContain("Aïssatou");

  const exported = await page.request.get(`/api/usagers/${usager!.id}/export`, { maxRedirects: 0, headers: { "sec-fetch-site": "same-origin" } });
  expect(exported.status()).toBe(404);

  // Once their own password is chosen, the dossier opens.
  await page.getByLabel("Mot de passe actuel").fill(TEMPORARY);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("Mon-Propre-Passe-2026!");
  await page.getByLabel("Confirmation du nouveau mot de passe").fill("Mon-Propre-Passe-2026!");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).not.toHaveURL(/changer-mot-de-passe/);
  const after = await page.request.get(`/usagers/${usager!.id}`, { maxRedirects: 0 });
  expect(after.status()).toBe(200);
  expect(await after.text()).toContain("Aïssatou");
});
