// Each demo role signs in, lands on its home page and sees only the navigation it may use.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers/auth";
import { gotoReady } from "./helpers/navigation";

// The entries in the order of the bar (lib/auth/navigation.ts): Ma journée, the groups Suivi,
// Agenda, Accueil and Pilotage (a group of one entry is that entry), then Annuaire.
const SUIVI = ["Usagers", "Aides", "Orientations", "Domiciliation", "Ateliers"];
const social = (maraude: boolean, pilotage: string[] = ["Tableau de bord"]) => ["Ma journée", ...SUIVI, "Agenda", "À faire", "Passages et file d'attente", "Courrier", "Fiches de liaison", ...(maraude ? ["Maraude"] : []), ...pilotage, "Annuaire"];
// The demo TS is on the maraude team (prisma/seed/signalements.ts); a RESPONSABLE always sees it.
const SOCIAL = social(false);
const ROLES = [
  { email: "agent@demo.passerelle.fr", landing: "/accueil", nav: ["Ma journée", "Passages et file d'attente", "Fiches de liaison", "Annuaire"], heading: "Ma journée" },
  { email: "accueil@demo.passerelle.fr", landing: "/accueil", nav: ["Ma journée", "Passages et file d'attente", "Courrier", "Fiches de liaison", "Annuaire"], heading: "Ma journée" },
  { email: "ts@demo.passerelle.fr", landing: "/accueil", nav: social(true), heading: "Ma journée" },
  { email: "responsable@demo.passerelle.fr", landing: "/accueil", nav: social(true, ["Tableau de bord", "Paramètres", "Journal", "Comptes à approuver"]), heading: "Ma journée" },
  { email: "admin@demo.passerelle.fr", landing: "/admin/utilisateurs", nav: ["Ma journée", "Importer des dossiers", "Journal", "Utilisateurs", "Modes de connexion", "Annuaire"], heading: "Utilisateurs" },
  { email: "ts@autre.passerelle.fr", landing: "/accueil", nav: SOCIAL, heading: "Ma journée" },
];

for (const role of ROLES) {
  test(`${role.email} lands on ${role.landing} with its navigation, then signs out`, async ({ page }) => {
    await signInAndWait(page, role.email);
    await expect(page).toHaveURL(new RegExp(`${role.landing}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(role.heading);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    // A link may carry a counter of new items ("Fiches de liaison 3 nouvelles"); the links of a
    // closed group are counted too (they are in the page, one click away).
    const links = nav.getByRole("link", { includeHidden: true });
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
