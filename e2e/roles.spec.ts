// Each demo role signs in, lands on its home page and sees only the navigation it may use.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { gotoReady } from "./helpers/navigation";

const social = (maraude: boolean) => ["Accueil", "Tableau de bord", "Usagers", "Agenda", "À faire", "Aides", "Domiciliation", "Courrier", "Passages et file d'attente", "Fiches de liaison", "Orientations", ...(maraude ? ["Maraude"] : []), "Ateliers", "Annuaire"];
// The demo TS is on the maraude team (prisma/seed/signalements.ts); a RESPONSABLE always sees it.
const SOCIAL = social(false);
const ROLES = [
  { email: "agent@demo.passerelle.fr", landing: "/fiches-liaison", nav: ["Accueil", "Passages et file d'attente", "Fiches de liaison", "Annuaire"], heading: "Fiches de liaison" },
  { email: "accueil@demo.passerelle.fr", landing: "/fiches-liaison", nav: ["Accueil", "Courrier", "Passages et file d'attente", "Fiches de liaison", "Annuaire"], heading: "Fiches de liaison" },
  { email: "ts@demo.passerelle.fr", landing: "/usagers", nav: social(true), heading: "Usagers" },
  { email: "responsable@demo.passerelle.fr", landing: "/usagers", nav: [...social(true), "Paramètres", "Journal"], heading: "Usagers" },
  { email: "admin@demo.passerelle.fr", landing: "/admin/utilisateurs", nav: ["Accueil", "Annuaire", "Importer des dossiers", "Utilisateurs", "Journal"], heading: "Utilisateurs" },
  { email: "ts@autre.passerelle.fr", landing: "/usagers", nav: SOCIAL, heading: "Usagers" },
];

for (const role of ROLES) {
  test(`${role.email} lands on ${role.landing} with its navigation, then signs out`, async ({ page }) => {
    await signInAndWait(page, role.email);
    await expect(page).toHaveURL(new RegExp(`${role.landing}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.heading);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    // A link may carry a counter of new items ("Fiches de liaison 3 nouvelles").
    const links = nav.getByRole("link");
    await expect(links).toHaveCount(role.nav.length);
    for (const [i, label] of role.nav.entries()) await expect(links.nth(i)).toHaveText(new RegExp(`^${label}( \\d+ nouvelles?)?$`));
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion$/);
    await gotoReady(page, role.landing);
    await expect(page).toHaveURL(/\/connexion$/);
  });
}

test("non-administrators get a 404 on account administration", async ({ page }) => {
  for (const email of ["agent@demo.passerelle.fr", "ts@demo.passerelle.fr", "responsable@demo.passerelle.fr"]) {
    await page.context().clearCookies();
    await signInAndWait(page, email);
    const response = await gotoReady(page, "/admin/utilisateurs");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});
