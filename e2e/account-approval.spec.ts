import { expect, test } from "@playwright/test";
import { signIn, signInAndWait } from "./helpers/auth";
import { gotoReady } from "./helpers/navigation";
import { query } from "./helpers/db";

// Issue 23, finding 4 (decision 0070): a social account created by the ADMIN waits for a
// responsable, who hands the person a one-time activation code; the ADMIN never sets its password.
test("ADMIN creates a travailleur social; the responsable approves it; the person activates it with the code", async ({ page, browser }) => {
  const email = `camille.approuvee.${Date.now()}@demo.passerelle.fr`;
  await signInAndWait(page, "admin@demo.passerelle.fr");
  await page.getByRole("link", { name: "Nouveau compte" }).click();
  await page.getByLabel("Prénom").fill("Camille");
  await page.getByLabel("Nom", { exact: true }).fill("Approuvée");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption({ label: "Travailleur social" });
  // No password is asked for a social account.
  await expect(page.getByLabel("Mot de passe provisoire")).toHaveCount(0);
  await expect(page.getByText(/restera en attente jusqu.à ce qu.un responsable/)).toBeVisible();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Camille Approuvée");
  await expect(page.getByText(/attend l.approbation d.un responsable/).first()).toBeVisible();

  const respContext = await browser.newContext();
  const resp = await respContext.newPage();
  await signInAndWait(resp, "responsable@demo.passerelle.fr");
  await gotoReady(resp, "/parametres/comptes");
  await expect(resp.getByRole("heading", { level: 1 })).toHaveText("Comptes à approuver");
  const row = resp.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Travailleur social");
  await expect(row).toContainText("Julien Morel");
  await row.getByRole("button", { name: "Approuver" }).click();
  await row.getByRole("button", { name: "Approuver et afficher le code" }).click();
  const shown = resp.getByRole("status").filter({ hasText: "Code d'activation de Camille Approuvée" });
  await expect(shown).toBeVisible();
  const code = (await shown.textContent())!.match(/[A-Z2-9]{4}(?:-[A-Z2-9]{4}){3}/)![0];
  await expect(resp.getByRole("row").filter({ hasText: email })).toContainText("Code remis, valable jusqu'au");
  const [stored] = await query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [email]);
  expect(stored!.passwordHash).not.toContain(code);
  await respContext.close();

  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  await signIn(person, email, code);
  await expect(person).toHaveURL(/\/changer-mot-de-passe$/);
  await person.getByLabel("Mot de passe actuel").fill(code);
  await person.getByLabel("Nouveau mot de passe", { exact: true }).fill("Mon-Propre-Passe-2026");
  await person.getByLabel("Confirmation du nouveau mot de passe").fill("Mon-Propre-Passe-2026");
  await person.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(person).toHaveURL(/\/accueil$/);
  await personContext.close();
  const audit = await query<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = (SELECT id::text FROM "User" WHERE email = $1)`, [email]);
  expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["user.create", "user.approval_requested", "user.approve", "user.activate"]));
});
